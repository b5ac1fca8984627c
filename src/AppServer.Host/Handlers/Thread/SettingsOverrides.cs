using System.Text.Json;
using AppServer.Core.Threads;
using AppServer.Core.Threads.Settings;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;
using WireSandbox = AppServer.Protocol.Sandbox;

namespace AppServer.Host.Handlers;

/// <summary>
/// The one wire ↔ typed settings mapper: request overrides of <c>thread/start</c>, <c>thread/resume</c>,
/// <c>thread/fork</c> and <c>turn/start</c> into Core's typed overrides, and typed values back to wire form.
/// </summary>
internal static class SettingsOverrides
{
    /// <summary><c>thread/start|resume|fork</c> overrides; a relative cwd resolves against the server's.</summary>
    public static ThreadSettingsOverrides From(IThreadSettingsParams p) => new()
    {
        Model = p.Model,
        ModelProvider = p.ModelProvider,
        ServiceTier = p.ServiceTier,
        Cwd = p.Cwd is null ? null : WorkingDirectory.Resolve(p.Cwd, Environment.CurrentDirectory),
        ApprovalPolicy = p.ApprovalPolicy is { } approval ? FromWire(approval) : null,
        ApprovalsReviewer = p.ApprovalsReviewer switch
        {
            null => null,
            ApprovalsReviewer.AutoReview => ApprovalsReviewerKind.AutoReview,
            ApprovalsReviewer.GuardianSubagent => ApprovalsReviewerKind.GuardianSubagent,
            _ => ApprovalsReviewerKind.User,
        },
        SandboxMode = p.Sandbox switch
        {
            null => null,
            SandboxMode.WorkspaceWrite => SandboxModeKind.WorkspaceWrite,
            SandboxMode.DangerFullAccess => SandboxModeKind.DangerFullAccess,
            _ => SandboxModeKind.ReadOnly,
        },
        ConfigOverridesJson = p.Config?.ToJsonString(),
        BaseInstructions = p.BaseInstructions,
        DeveloperInstructions = p.DeveloperInstructions,
    };

    /// <summary><c>turn/start</c> overrides (all but <c>outputSchema</c>, which is per turn and travels with the input).</summary>
    public static TurnSettingsOverrides From(TurnStartParams p) => new()
    {
        Cwd = p.Cwd,
        Model = p.Model,
        ReasoningEffort = p.Effort,
        ReasoningSummary = p.Summary?.ToString().ToLowerInvariant(),
        ApprovalPolicy = p.ApprovalPolicy is { } approval ? FromWire(approval) : null,
        Sandbox = p.SandboxPolicy switch
        {
            WireSandbox.WorkspaceWriteSandboxPolicy w => new SandboxOverride(SandboxModeKind.WorkspaceWrite, w.NetworkAccess, [.. w.WritableRoots.Select(r => r.Value)]),
            WireSandbox.ReadOnlySandboxPolicy r => new SandboxOverride(SandboxModeKind.ReadOnly, r.NetworkAccess, []),
            WireSandbox.DangerFullAccessSandboxPolicy => new SandboxOverride(SandboxModeKind.DangerFullAccess, true, []),
            WireSandbox.ExternalSandboxSandboxPolicy e => new SandboxOverride(SandboxModeKind.ExternalSandbox, e.NetworkAccess == WireSandbox.NetworkAccess.Enabled, []),
            _ => null,
        },
        Personality = p.Personality?.ToString().ToLowerInvariant(),
    };

    /// <summary>A wire approval policy, typed. The converter has already checked a granular body and filled in every switch.</summary>
    public static ApprovalPolicy FromWire(AskForApproval approval) => approval.Simple is { } name
        ? ApprovalPolicy.Parse(name)
        : new ApprovalPolicy(ApprovalPolicyKind.Granular, GranularApproval.FromPolicyJson(approval.ToJson()) ?? new GranularApproval());

    /// <summary>A typed approval policy in wire form (granular with all five switches, as the reference echoes it).</summary>
    public static AskForApproval ToWire(ApprovalPolicy policy)
        => JsonSerializer.Deserialize<AskForApproval>(policy.ToWireJson(), ProtocolJson.Options)!;
}
