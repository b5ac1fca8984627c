namespace AppServer.Agent.Approvals;

/// <summary>What the engine decided for one action.</summary>
public abstract record ApprovalOutcome;

/// <summary>Go ahead without asking; <see cref="BypassSandbox"/> when an allow rule covered every command.</summary>
public sealed record RunOutcome(bool BypassSandbox) : ApprovalOutcome;

/// <summary>
/// Ask the user. <see cref="Reason"/> is shown with the request; <see cref="ProposedAmendment"/> is the prefix
/// rule the user may persist; <see cref="FromRule"/> when a <c>prompt</c> rule asked (no amendment offered);
/// <see cref="BypassSandboxIfApproved"/> when the model asked to run outside the sandbox.
/// </summary>
public sealed record AskOutcome(string? Reason, IReadOnlyList<string>? ProposedAmendment, bool FromRule, bool BypassSandboxIfApproved) : ApprovalOutcome;

/// <summary>
/// Refuse without asking. <see cref="Message"/> is the rejection text; <see cref="Verbatim"/> when it is sent to
/// the model as-is rather than wrapped in the <c>exec_command failed: …Rejected(…)</c> envelope.
/// </summary>
public sealed record RejectOutcome(string Message, bool Verbatim = false) : ApprovalOutcome;
