using Microsoft.Extensions.Logging;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Dispatch;

/// <summary>The answer to one request, plus what must happen right after it is queued.</summary>
internal sealed class DispatchOutcome(JsonRpcMessage response, RequestContext? context)
{
    public JsonRpcMessage Response { get; } = response;

    public void RunAfterResponse(ILogger logger) => context?.RunAfterResponse(logger);
}
