namespace AppServer.Protocol.Errors;

/// <summary>JSON-RPC error codes the reference server uses.</summary>
public static class ErrorCodes
{
    /// <summary>Bad request, bad params, unknown method, and most domain errors.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>Declared by the reference; it prefers <see cref="InvalidRequest"/> for unknown methods.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>Declared by the reference; it prefers <see cref="InvalidRequest"/> for bad params.</summary>
    public const int InvalidParams = -32602;

    /// <summary>I/O failures and other internal errors.</summary>
    public const int Internal = -32603;

    /// <summary>The connection's bounded ingress queue is full.</summary>
    public const int Overloaded = -32001;
}
