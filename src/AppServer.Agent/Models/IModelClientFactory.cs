using AppServer.Core.Providers;

namespace AppServer.Agent.Models;

/// <summary>Creates the wire client for a provider.</summary>
public interface IModelClientFactory
{
    IModelClient Create(ModelProviderInfo provider);
}

/// <summary>Picks <see cref="ResponsesApiClient"/> or <see cref="ChatCompletionsClient"/> by <c>wire_api</c>.</summary>
public sealed class ModelClientFactory(HttpClient http, IModelAuth auth, RetryBackoff? backoff = null) : IModelClientFactory
{
    private readonly ModelHttp _http = new(http, auth, backoff);

    public IModelClient Create(ModelProviderInfo provider) => provider.WireApi == WireApi.Chat
        ? new ChatCompletionsClient(_http, provider)
        : new ResponsesApiClient(_http, provider);

    /// <summary>An <see cref="HttpClient"/> suited to long streams: no overall timeout, no pooled-connection surprises.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
