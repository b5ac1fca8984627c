using System.Text.Json;
using AppServer.Core.Clients;
using AppServer.Core.Threads;
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
    /// Asks the first live subscriber of <paramref name="threadId"/>; null when no client can answer (the
    /// caller treats that as a refusal).
    /// </summary>
    public async Task<JsonElement?> RequestAsync(string threadId, string method, object payload, bool waitingOnApproval, CancellationToken cancellationToken)
    {
        var thread = threads.Find(threadId);
        var client = thread?.Subscribers.FirstOrDefault(c => !c.Closed.IsCancellationRequested);
        if (thread is null || client is null)
        {
            return null;
        }

        long? requestId = null;
        if (waitingOnApproval)
        {
            thread.SetStatus(ThreadRuntimeStatus.Active("waitingOnApproval"));
        }

        try
        {
            return await client.RequestAsync(method, payload, id => requestId = id, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // the client went away
        }
        catch (ClientRequestFailedException)
        {
            return null;
        }
        finally
        {
            if (requestId is { } id)
            {
                thread.Publish(ToolMessages.ServerRequestResolved.Name, new ServerRequestResolvedNotification { ThreadId = threadId, RequestId = id });
            }

            if (waitingOnApproval && thread.Status.Kind == ThreadStatusKind.Active)
            {
                thread.SetStatus(ThreadRuntimeStatus.Active());
            }
        }
    }
}
