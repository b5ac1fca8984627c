using System.Text.Json;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Transport;

/// <summary>A request or notification read from the client, with its params kept as raw JSON.</summary>
internal sealed class InboundRequest : JsonRpcRequest
{
    /// <summary>True when the message had a <c>params</c> member at all (even <c>null</c>).</summary>
    public bool HasParams { get; init; }

    /// <summary>The raw params, or <c>null</c> when absent or JSON null.</summary>
    public JsonElement? Params { get; init; }
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

/// <summary>A server→client notification; carries the top-level <c>emittedAtMs</c> the reference adds.</summary>
internal sealed class OutboundNotification : JsonRpcRequest
{
    public long EmittedAtMs { get; init; }
}
