using AppServer.Core.ReadState;
using AppServer.Core.Threads;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Protocol.ReadState;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>thread/readState/update</c>: marks a loaded thread read or unread, then tells the thread's subscribers with
/// <c>thread/readState/changed</c>.
/// </summary>
internal sealed class ReadStateHandlers(ThreadReadStateStore store, ThreadRegistry registry) : IMethodHandlers
{
    public void Register(HandlerMap map)
        => map.Add<ThreadReadStateUpdateParams, ThreadReadStateUpdateResponse>(ReadStateMethods.Update, Update);

    private Task<ThreadReadStateUpdateResponse> Update(ThreadReadStateUpdateParams request, RequestContext context)
    {
        string threadId;
        try
        {
            threadId = ThreadId.Parse(request.ThreadId);
        }
        catch (ThreadRequestException ex)
        {
            // The reference reports a malformed id here as invalid params.
            throw new RpcException(ErrorCodes.InvalidParams, ex.Message);
        }

        var loaded = registry.Find(threadId) ?? throw ThreadRequestException.NotLoaded(threadId);
        var (state, conflict) = store.Update(threadId, request.ExpectedRevision, request.Operation.Type == ThreadReadStateOperationType.Read);
        if (state is null)
        {
            throw new InvalidRequestException("thread read state unavailable");
        }

        if (conflict)
        {
            throw new InvalidRequestException($"thread read state changed (current revision {state.Revision}); refresh and retry");
        }

        var wire = state.ToWire();
        context.AfterResponse(() => loaded.Publish(ReadStateMethods.Changed, new ThreadReadStateChangedNotification { ThreadId = threadId, ReadState = wire }));
        return Task.FromResult(new ThreadReadStateUpdateResponse { ReadState = wire });
    }

}
