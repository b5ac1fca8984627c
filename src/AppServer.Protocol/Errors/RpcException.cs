namespace AppServer.Protocol.Errors;

/// <summary>
/// An error that reaches the client as a JSON-RPC error object. Any layer may throw it; the dispatcher
/// turns it into <c>{"error":{code, message, data}}</c>.
/// </summary>
public class RpcException(int code, string message, object? data = null) : Exception(message)
{
    /// <summary>The JSON-RPC error code.</summary>
    public int Code { get; } = code;

    /// <summary>Optional structured <c>error.data</c>.</summary>
    public object? ErrorData { get; } = data;
}

/// <summary>-32600: the request cannot be served as asked (bad params, unknown thread, ...).</summary>
public sealed class InvalidRequestException(string message, object? data = null)
    : RpcException(ErrorCodes.InvalidRequest, message, data);

/// <summary>-32603: the server failed while serving a valid request (I/O error, ...).</summary>
public sealed class InternalErrorException(string message, object? data = null)
    : RpcException(ErrorCodes.Internal, message, data);
