namespace AppServer.Agent.Models;

/// <summary>Streams one sampling request to a provider and pushes its events to a handler.</summary>
public interface IModelClient
{
    /// <summary>
    /// Sends <paramref name="request"/> (retrying connection failures, 5xx and 429 silently up to the provider's
    /// <c>request_max_retries</c>) and streams the response into <paramref name="handler"/>.
    /// </summary>
    /// <exception cref="ModelException">The request or the stream failed.</exception>
    Task StreamAsync(ModelRequest request, IResponseStreamHandler handler, CancellationToken cancellationToken);
}
