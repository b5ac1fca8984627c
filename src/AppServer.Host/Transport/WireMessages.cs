using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Transport;

/// <summary>A request or notification read from the client, with its params kept as raw JSON.</summary>
internal sealed class InboundRequest : JsonRpcRequest
{
    /// <summary>True when the message had a <c>params</c> member at all (even <c>null</c>).</summary>
    public bool HasParams { get; init; }

    /// <summary>The raw params, or <c>null</c> when absent or JSON null.</summary>
    public JsonElement? Params { get; init; }

    /// <summary>Size of the message on the wire, in bytes (counts against the connection's ingress budget).</summary>
    public long Size { get; init; }
}

/// <summary>A client's successful answer to a server→client request.</summary>
internal sealed class InboundResult : JsonRpcResult
{
    public JsonElement RawResult { get; init; }
}

/// <summary>A line or frame that is not a usable JSON-RPC message; the reference drops these silently.</summary>
internal sealed class MalformedMessage(string reason) : JsonRpcMessage
{
    public string Reason { get; } = reason;
}

/// <summary>
/// A line or WebSocket message over the size limit, skipped without being buffered whole. <see cref="RequestId"/>
/// is what could be read from its first bytes, if anything.
/// </summary>
internal sealed class OversizedMessage(RequestId id, long size, long limit) : JsonRpcMessage
{
    public RequestId RequestId { get; } = id;

    /// <summary>Bytes seen before the message ended (at least <see cref="Limit"/> + 1).</summary>
    public long Size { get; } = size;

    public long Limit { get; } = limit;

    /// <summary>True when the transport already closed the connection over it (WebSocket 1009): nothing to answer.</summary>
    public bool ConnectionClosed { get; init; }
}

/// <summary>A server→client notification; carries the top-level <c>emittedAtMs</c> the reference adds.</summary>
internal sealed class OutboundNotification : JsonRpcRequest
{
    public long EmittedAtMs { get; init; }
}
