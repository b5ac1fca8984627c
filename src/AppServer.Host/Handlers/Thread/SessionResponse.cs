using AppServer.Core.Threads;
using AppServer.Core.Threads.Settings;
using AppServer.Protocol.CollaborationModes;
using AppServer.Protocol.Paths;
using AppServer.Protocol.Sandbox;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Threads;
using Thread = AppServer.Protocol.Threads.Thread;

namespace AppServer.Host.Handlers;

/// <summary>Builds the start/resume/fork responses: the thread plus its effective settings in wire form.</summary>
internal static class SessionResponse
{
    /// <param name="thread">The thread in wire form.</param>
    /// <param name="s">Its effective settings.</param>
    /// <param name="initialTurnsPage">For <c>thread/resume</c>: the first turns page the client asked for.</param>
    /// <param name="backwardsCursors">For <c>thread/resume</c>: cursors whose first descending page starts at the newest turn and item.</param>
    public static T Create<T>(Thread thread, ThreadSettings s, (string? Turns, string? Items) backwardsCursors = default, TurnsPage? initialTurnsPage = null)
        where T : ThreadSessionResponse
    {
        var approval = SettingsOverrides.ToWire(s.ApprovalPolicy);
        var reviewer = s.ApprovalsReviewer switch
        {
            ApprovalsReviewerKind.AutoReview => ApprovalsReviewer.AutoReview,
            ApprovalsReviewerKind.GuardianSubagent => ApprovalsReviewer.GuardianSubagent,
            _ => ApprovalsReviewer.User,
        };
        SandboxPolicy sandbox = s.SandboxMode switch
        {
            SandboxModeKind.DangerFullAccess => new DangerFullAccessSandboxPolicy(),
            SandboxModeKind.WorkspaceWrite when s.WorkspaceWrite is { } w => new WorkspaceWriteSandboxPolicy
            {
                WritableRoots = [.. w.WritableRoots.Select(AbsolutePath.TryCreate).OfType<AbsolutePath>()],
                NetworkAccess = w.NetworkAccess,
                ExcludeTmpdirEnvVar = w.ExcludeTmpdirEnvVar,
                ExcludeSlashTmp = w.ExcludeSlashTmp,
            },
            SandboxModeKind.WorkspaceWrite => new WorkspaceWriteSandboxPolicy(),
            _ => new ReadOnlySandboxPolicy(),
        };

        // Like the reference, the active profile is only known (reported) when the built-in default applies.
        var profile = s.SandboxIsDefault
            ? new ActivePermissionProfile { Id = s.SandboxMode switch { SandboxModeKind.DangerFullAccess => ":danger-full-access", SandboxModeKind.WorkspaceWrite => ":workspace", _ => ":read-only" } }
            : null;
        ThreadSessionResponse response = typeof(T) == typeof(ThreadStartResponse)
            ? new ThreadStartResponse { Thread = thread, Model = s.Model, ModelProvider = s.ModelProvider, ServiceTier = s.ServiceTier, Cwd = s.Cwd.Value, RuntimeWorkspaceRoots = [s.Cwd.Value], ApprovalPolicy = approval, ApprovalsReviewer = reviewer, Sandbox = sandbox, ActivePermissionProfile = profile, ReasoningEffort = s.ReasoningEffort }
            : typeof(T) == typeof(ThreadResumeResponse)
                ? new ThreadResumeResponse
                {
                    Thread = thread, Model = s.Model, ModelProvider = s.ModelProvider, ServiceTier = s.ServiceTier, Cwd = s.Cwd.Value, RuntimeWorkspaceRoots = [s.Cwd.Value], ApprovalPolicy = approval,
                    ApprovalsReviewer = reviewer, Sandbox = sandbox, ActivePermissionProfile = profile, ReasoningEffort = s.ReasoningEffort,
                    CollaborationMode = new CollaborationMode { Mode = ModeKind.Default, Settings = new CollaborationModeSettings { Model = s.Model, ReasoningEffort = s.ReasoningEffort } },
                    InitialTurnsPage = initialTurnsPage,
                    TurnsBackwardsCursor = backwardsCursors.Turns,
                    ItemsBackwardsCursor = backwardsCursors.Items,
                }
                : new ThreadForkResponse { Thread = thread, Model = s.Model, ModelProvider = s.ModelProvider, ServiceTier = s.ServiceTier, Cwd = s.Cwd.Value, RuntimeWorkspaceRoots = [s.Cwd.Value], ApprovalPolicy = approval, ApprovalsReviewer = reviewer, Sandbox = sandbox, ActivePermissionProfile = profile, ReasoningEffort = s.ReasoningEffort };
        return (T)response;
    }
}
