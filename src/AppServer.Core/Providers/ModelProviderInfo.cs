namespace AppServer.Core.Providers;

/// <summary>One <c>[model_providers.&lt;id&gt;]</c> entry (or a built-in provider), with the reference's defaults.</summary>
public sealed record ModelProviderInfo
{
    public const int DefaultRequestMaxRetries = 4;
    public const int DefaultStreamMaxRetries = 5;
    public const int DefaultStreamIdleTimeoutMs = 300_000;
    private const int MaxRetriesCap = 100;

    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Base URL without the trailing <c>/responses</c>, e.g. <c>https://api.openai.com/v1</c>.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>Environment variable holding the API key, if any.</summary>
    public string? EnvKey { get; init; }

    /// <summary>A literal bearer token from config (<c>experimental_bearer_token</c>).</summary>
    public string? BearerToken { get; init; }

    public WireApi WireApi { get; init; } = WireApi.Responses;

    public IReadOnlyDictionary<string, string> QueryParams { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> HttpHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Header name → environment variable whose value becomes the header (when set).</summary>
    public IReadOnlyDictionary<string, string> EnvHttpHeaders { get; init; } = new Dictionary<string, string>();

    public int RequestMaxRetries { get; init; } = DefaultRequestMaxRetries;

    public int StreamMaxRetries { get; init; } = DefaultStreamMaxRetries;

    public TimeSpan StreamIdleTimeout { get; init; } = TimeSpan.FromMilliseconds(DefaultStreamIdleTimeoutMs);

    /// <summary>True when the provider needs an OpenAI login (API key in auth.json); drives <c>account/read</c>.</summary>
    public bool RequiresOpenaiAuth { get; init; }

    /// <summary>True for the built-in <c>openai</c> provider (sends the <c>version</c> header, uses auth.json).</summary>
    public bool IsOpenAi => Id == OpenAiId;

    /// <summary>The id of the built-in OpenAI provider.</summary>
    public const string OpenAiId = "openai";

    /// <summary>Converts a provider from the configuration (<c>[model_providers.&lt;id&gt;]</c> or a built-in).</summary>
    public static ModelProviderInfo FromConfig(AppServer.Config.Models.ModelProviderInfo config) => new()
    {
        Id = config.Id,
        Name = config.Name,
        BaseUrl = config.BaseUrl ?? "https://api.openai.com/v1",
        EnvKey = config.EnvKey,
        BearerToken = config.ExperimentalBearerToken,
        WireApi = string.Equals(config.WireApi, "chat", StringComparison.OrdinalIgnoreCase) ? WireApi.Chat : WireApi.Responses,
        QueryParams = config.QueryParams,
        HttpHeaders = config.HttpHeaders,
        EnvHttpHeaders = config.EnvHttpHeaders,
        RequestMaxRetries = config.RequestMaxRetries,
        StreamMaxRetries = config.StreamMaxRetries,
        StreamIdleTimeout = TimeSpan.FromMilliseconds(Math.Clamp(config.StreamIdleTimeoutMs, 1, int.MaxValue)),
        RequiresOpenaiAuth = config.RequiresOpenAiAuth,
    };

    /// <summary>Effective request retries (the reference caps both retry counts at 100).</summary>
    public int EffectiveRequestMaxRetries => Math.Clamp(RequestMaxRetries, 0, MaxRetriesCap);

    public int EffectiveStreamMaxRetries => Math.Clamp(StreamMaxRetries, 0, MaxRetriesCap);

    /// <summary><c>{base}/{path}</c> plus the configured query parameters.</summary>
    public Uri EndpointFor(string path)
    {
        var url = BaseUrl.TrimEnd('/') + "/" + path;
        if (QueryParams.Count > 0)
        {
            url += "?" + string.Join("&", QueryParams.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        }

        return new Uri(url);
    }
}
