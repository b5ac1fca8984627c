using AppServer.Agent.ExecPolicy;
using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Approvals;

/// <summary>Everything the engine needs to decide about one command.</summary>
/// <param name="Argv">The full argv, e.g. <c>["/bin/bash", "-lc", "touch x"]</c>.</param>
/// <param name="Policy">The approval policy.</param>
/// <param name="Sandbox">The sandbox the command would run in.</param>
/// <param name="Rules">The exec-policy rules.</param>
/// <param name="RequestsEscalation">The model set <c>sandbox_permissions: "require_escalated"</c>.</param>
/// <param name="Justification">The model's justification (the approval's reason for escalations).</param>
/// <param name="SuggestedPrefixRule">The model's <c>prefix_rule</c> suggestion.</param>
public sealed record CommandApprovalRequest(
    IReadOnlyList<string> Argv,
    ApprovalPolicy Policy,
    SandboxScope Sandbox,
    ExecPolicy.ExecPolicy Rules,
    bool RequestsEscalation = false,
    string? Justification = null,
    IReadOnlyList<string>? SuggestedPrefixRule = null);
