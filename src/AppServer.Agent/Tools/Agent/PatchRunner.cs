using System.Diagnostics;
using System.Text.Json;
using AppServer.Agent.Approvals;
using AppServer.Agent.Tools.ApplyPatch;
using AppServer.Protocol.Items;
using AppServer.Protocol.Tools;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// Applies a patch for the agent (the apply_patch tool and <c>apply_patch &lt;&lt;EOF</c> inside exec_command):
/// verify, decide (a patch the policy refuses gets no item), emit the <c>fileChange</c> item, ask for approval
/// when the policy says so, write, then publish the turn's aggregated diff. Returns the text for the model.
/// </summary>
public sealed class PatchRunner(AgentToolEnvironment env)
{
    public async Task<string> RunAsync(string callId, string patchText, string cwd, ToolContext context, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        PatchPlan plan;
        try
        {
            plan = PatchApplier.Plan(PatchParser.Parse(patchText), cwd);
        }
        catch (PatchException e)
        {
            return $"apply_patch verification failed: {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"apply_patch verification failed: {e.Message}";
        }

        var thread = env.Thread(context.ThreadId);
        // The real targets: a link inside the workspace pointing out of it is outside, as is the server's login/DB.
        var paths = plan.Changes.SelectMany(c => c.Targets).Distinct(StringComparer.Ordinal).ToList();
        var outcome = env.Engine.DecidePatch(AgentToolEnvironment.PolicyOf(context.Settings), env.ScopeOf(context.Settings), paths, thread.ApprovedPaths());
        if (outcome is RejectOutcome reject)
        {
            return reject.Message; // refused by policy: like the reference, no fileChange item at all
        }

        var startedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var changes = plan.Changes.Select(ToWire).ToList();
        FileChangeThreadItem Item(PatchApplyStatus status) => new() { Id = callId, Changes = changes, Status = status };
        context.Publish("item/started", new ItemStartedNotification { Item = Item(PatchApplyStatus.InProgress), ThreadId = context.ThreadId, TurnId = context.TurnId, StartedAtMs = startedAt });
        switch (outcome)
        {
            case AskOutcome ask:
                var answer = await env.Requests.RequestAsync(context.ThreadId, ToolMessages.FileChangeApproval.Name, new FileChangeRequestApprovalParams
                {
                    ThreadId = context.ThreadId,
                    TurnId = context.TurnId,
                    ItemId = callId,
                    StartedAtMs = startedAt,
                    Reason = ask.Reason,
                }, waitingOnApproval: true, ct).ConfigureAwait(false);
                var decision = answer is { } a && a.ValueKind == JsonValueKind.Object && a.TryGetProperty("decision", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : "decline";
                if (decision is "acceptForSession")
                {
                    thread.ApprovePaths(paths);
                }
                else if (decision is not "accept")
                {
                    await context.CompleteItemAsync(Item(PatchApplyStatus.Declined), startedAt, ct).ConfigureAwait(false);
                    if (decision == "cancel")
                    {
                        context.InterruptTurn();
                        ct.ThrowIfCancellationRequested();
                    }

                    return "patch rejected by user";
                }

                break;
        }

        var tracker = thread.DiffFor(context.TurnId, context.Settings.Cwd);
        tracker.Track(plan);
        try
        {
            PatchApplier.Commit(plan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.CompleteItemAsync(Item(PatchApplyStatus.Failed), startedAt, ct).ConfigureAwait(false);
            PublishDiff(tracker, context);
            return $"apply_patch failed: {e.Message}";
        }

        await context.CompleteItemAsync(Item(PatchApplyStatus.Completed), startedAt, ct).ConfigureAwait(false);
        PublishDiff(tracker, context);
        return ToolOutputText.Patch(clock.Elapsed, plan.Summary);
    }

    private static void PublishDiff(TurnDiffTracker tracker, ToolContext context) =>
        context.Publish(ToolMessages.TurnDiffUpdated.Name, new TurnDiffUpdatedNotification { ThreadId = context.ThreadId, TurnId = context.TurnId, Diff = tracker.Render() });

    private static FileUpdateChange ToWire(PlannedFileChange change) => new()
    {
        Path = change.Path,
        Kind = change.Kind switch
        {
            FileChangeKind.Add => new AddPatchChangeKind(),
            FileChangeKind.Delete => new DeletePatchChangeKind(),
            _ => new UpdatePatchChangeKind { MovePath = change.MovePath },
        },
        Diff = change.ItemDiff,
    };
}
