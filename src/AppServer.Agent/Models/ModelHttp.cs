using System.Net;
using System.Net.Http.Headers;
using AppServer.Core.Providers;
using AppServer.Protocol.Turns;

namespace AppServer.Agent.Models;

/// <summary>
/// Sends a streaming POST to a provider: headers, auth, silent retries with backoff for connection failures,
/// 5xx and 429 (honouring <c>Retry-After</c>), and the reference's error mapping for final failures.
/// Shared by the Responses and Chat Completions clients.
/// </summary>
/// <param name="http">The client the requests go through.</param>
/// <param name="auth">Supplies the provider's credentials.</param>
/// <param name="backoff">Delays between retries; null uses the reference's.</param>
public sealed class ModelHttp(HttpClient http, IModelAuth auth, RetryBackoff? backoff = null)
{
    private readonly RetryBackoff _backoff = backoff ?? RetryBackoff.Default;

    /// <summary>Returns a 2xx response whose body is ready to stream; the caller disposes it.</summary>
    public async Task<HttpResponseMessage> SendAsync(ModelProviderInfo provider, string path, byte[] body, IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        var url = provider.EndpointFor(path);
        var maxRetries = provider.EffectiveRequestMaxRetries;
        for (var attempt = 0; ; attempt++)
        {
            using var request = BuildRequest(provider, url, body, headers);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt < maxRetries)
                {
                    await Task.Delay(_backoff.Delay(attempt + 1), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // A connection that never produced a response is a stream failure the turn may retry.
                throw new ModelException($"stream disconnected before completion: error sending request for url ({url}): {ex.Message}", CodexErrorInfo.Other, retryable: true);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            string errorBody;
            using (response)
            {
                errorBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (HttpErrorMapper.IsRetryable(response.StatusCode, errorBody) && attempt < maxRetries)
                {
                    await Task.Delay(_backoff.Delay(attempt + 1, RetryAfter(response)), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw HttpErrorMapper.Map(response.StatusCode, errorBody, url, retriesExhausted: attempt >= maxRetries);
            }
        }
    }

    private HttpRequestMessage BuildRequest(ModelProviderInfo provider, Uri url, byte[] body, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ByteArrayContent(body),
            Version = HttpVersion.Version11,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        foreach (var (name, value) in provider.HttpHeaders)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        foreach (var (name, variable) in provider.EnvHttpHeaders)
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (auth.ApiKeyFor(provider) is { Length: > 0 } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                return date - DateTimeOffset.UtcNow;
            }
        }

        return null;
    }
}
