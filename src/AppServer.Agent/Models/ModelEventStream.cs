using System.Net.ServerSentEvents;
using AppServer.Core.Providers;

namespace AppServer.Agent.Models;

/// <summary>
/// The frame both model clients share: send the streaming POST (with <see cref="ModelHttp"/>'s retries and
/// error mapping), report the response's rate-limit headers, then read SSE events with an idle timeout between
/// them, mapping a timeout or a broken body to the reference's stream-disconnected errors.
/// </summary>
internal static class ModelEventStream
{
    /// <summary>
    /// Streams the events of one request to <paramref name="onEvent"/>, which returns true when the response is
    /// complete. Returns true when it was, false when the stream ended first (each client decides what that means).
    /// </summary>
    public static async Task<bool> ReadAsync<T>(
        ModelHttp http,
        ModelProviderInfo provider,
        string path,
        byte[] body,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        IResponseStreamHandler handler,
        SseItemParser<T> parse,
        Func<T, CancellationToken, ValueTask<bool>> onEvent,
        CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(provider, path, body, headers, cancellationToken).ConfigureAwait(false);
        RateLimitInfo.Report(response.Headers, handler);

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(provider.StreamIdleTimeout);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(idle.Token).ConfigureAwait(false);
            var parser = SseParser.Create(stream, parse);
            await foreach (var sse in parser.EnumerateAsync(idle.Token).ConfigureAwait(false))
            {
                idle.CancelAfter(provider.StreamIdleTimeout);
                if (await onEvent(sse.Data, idle.Token).ConfigureAwait(false))
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ModelException.StreamDisconnected("idle timeout waiting for SSE");
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw ModelException.StreamDisconnected($"error decoding response body: {ex.Message}");
        }

        return false;
    }
}
