using AppServer.Protocol.Turns;

namespace AppServer.Agent.Models;

/// <summary>A model request failed. <see cref="Retryable"/> errors are retried by the turn (stream retries).</summary>
public sealed class ModelException(string message, CodexErrorInfo info, bool retryable = false) : Exception(message)
{
    /// <summary>How the failure is reported to the client when it is final.</summary>
    public CodexErrorInfo Info { get; } = info;

    /// <summary>True for dropped streams, idle timeouts and <c>response.failed</c> with a retryable code.</summary>
    public bool Retryable { get; } = retryable;

    /// <summary>For retryable errors: the server's suggested delay, if it gave one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A dropped or failed stream: "stream disconnected before completion: <paramref name="reason"/>".</summary>
    public static ModelException StreamDisconnected(string reason, TimeSpan? retryAfter = null)
        => new($"stream disconnected before completion: {reason}", CodexErrorInfo.Other, retryable: true) { RetryAfter = retryAfter };
}
