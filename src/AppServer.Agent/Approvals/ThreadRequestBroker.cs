using AppServer.Core.Clients;
using AppServer.Core.Threads;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Tools;

namespace AppServer.Agent.Approvals;

/// <summary>
/// Sends a thread's server→client requests (approvals, dynamic tool calls) to a client subscribed to the
/// thread. While waiting, the thread shows <c>activeFlags: ["waitingOnApproval"]</c> (for approvals); after the
/// answer, or when the wait is abandoned (interrupt, turn end, client gone), <c>serverRequest/resolved</c>
/// is published so every client can drop its prompt.
/// </summary>
public sealed class ThreadRequestBroker(ThreadRegistry threads)
{
    /// <summary>
    /// Asks the first live subscriber of <paramref name="threadId"/>. Not answered when no client can answer, the
    /// client went away or answered with an error (the caller treats that as a refusal); answered without a result
    /// when the client's result does not deserialize (a bad answer).
    /// </summary>
    public async Task<ServerRequestAnswer<TResult>> RequestAsync<TParams, TResult>(string threadId, ServerRequestDescriptor<TParams, TResult> request,
        TParams parameters, bool waitingOnApproval, CancellationToken cancellationToken)
        where TResult : class
    {
        var thread = threads.Find(threadId);
        var client = thread?.Subscribers.FirstOrDefault(c => !c.Closed.IsCancellationRequested);
        if (thread is null || client is null)
        {
            return default;
        }

        long? requestId = null;
        if (waitingOnApproval)
        {
            thread.SetStatus(ThreadRuntimeStatus.Active("waitingOnApproval"));
        }

        try
        {
            return new(true, await client.RequestAsync(request, parameters, id => requestId = id, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return default; // the client went away
        }
        catch (ClientRequestFailedException)
        {
            return default;
        }
        catch (ClientAnswerInvalidException)
        {
            return new(true, null);
        }
        finally
        {
            if (requestId is { } id)
            {
                thread.Publish(ToolMethods.ServerRequestResolved, new ServerRequestResolvedNotification { ThreadId = threadId, RequestId = id });
            }

            if (waitingOnApproval && thread.Status.Kind == ThreadStatusKind.Active)
            {
                thread.SetStatus(ThreadRuntimeStatus.Active());
            }
        }
    }
}

/// <summary>How a thread's server→client request ended.</summary>
/// <param name="Answered">False when no client answered (none subscribed, it went away, or it answered with an error).</param>
/// <param name="Result">The client's result; null when not answered or when the answer did not deserialize.</param>
public readonly record struct ServerRequestAnswer<TResult>(bool Answered, TResult? Result)
    where TResult : class;
