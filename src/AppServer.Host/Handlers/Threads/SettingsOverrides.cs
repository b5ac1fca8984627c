using System.Text.Json.Nodes;
using AppServer.Core.Threads;
using AppServer.Protocol.Threads;

namespace AppServer.Host.Handlers.Threads;

/// <summary>Wire overrides → <see cref="ThreadSettingsOverrides"/>.</summary>
internal static class SettingsOverrides
{
    public static ThreadSettingsOverrides From(string? model, string? modelProvider, string? serviceTier, string? cwd, AskForApproval? approvalPolicy,
        ApprovalsReviewer? reviewer, SandboxMode? sandbox, JsonObject? config, string? baseInstructions, string? developerInstructions) => new()
    {
        Model = model,
        ModelProvider = modelProvider,
        ServiceTier = serviceTier,
        Cwd = cwd is null ? null : Path.GetFullPath(cwd, Environment.CurrentDirectory),
        ApprovalPolicyJson = approvalPolicy?.ToJson(),
        ApprovalsReviewer = reviewer switch
        {
            null => null,
            ApprovalsReviewer.AutoReview => "auto_review",
            ApprovalsReviewer.GuardianSubagent => "guardian_subagent",
            _ => "user",
        },
        SandboxMode = sandbox switch
        {
            null => null,
            SandboxMode.WorkspaceWrite => "workspace-write",
            SandboxMode.DangerFullAccess => "danger-full-access",
            _ => "read-only",
        },
        ConfigOverridesJson = config?.ToJsonString(),
        BaseInstructions = baseInstructions,
        DeveloperInstructions = developerInstructions,
    };
}
