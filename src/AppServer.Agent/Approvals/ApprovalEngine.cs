using AppServer.Agent.ExecPolicy;
using AppServer.Agent.Shell;
using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Approvals;

/// <summary>
/// Decides whether a command or a patch may run, must be asked about, or is refused, from the approval
/// policy, the exec-policy rules, the model's escalation request and the sandbox:
/// <list type="number">
/// <item>The command is split into plain commands (<c>&amp;&amp; || ; |</c>); a non-plain script is one command (its whole argv).</item>
/// <item>Each command is matched against the rules; commands with no rule get the policy's default. The strictest result wins: forbidden &gt; prompt &gt; allow.</item>
/// <item>When every command matched an <c>allow</c> rule, the command runs outside the sandbox.</item>
/// </list>
/// </summary>
public sealed class ApprovalEngine(bool trustKnownSafeCommandsWhenUntrusted = false)
{
    /// <summary>Model suggestions this broad are never offered as amendments.</summary>
    private static readonly string[][] BannedPrefixes =
    [
        ["python"], ["python3"], ["python", "-c"], ["python3", "-c"], ["git"], ["bash"], ["bash", "-lc"], ["bash", "-c"],
        ["sh"], ["sh", "-c"], ["sh", "-lc"], ["zsh"], ["zsh", "-c"], ["zsh", "-lc"], ["env"], ["sudo"], ["node"], ["node", "-e"],
        ["perl"], ["perl", "-e"], ["ruby"], ["ruby", "-e"], ["pwsh"], ["powershell"], ["xargs"], ["npx"],
    ];

    /// <summary>
    /// Under <c>untrusted</c>, whether known-safe read-only commands (<c>ls</c>, <c>cat</c>, …) run without asking.
    /// False by default because the reference (0.169.0) asked even for <c>ls</c>.
    /// </summary>
    public bool TrustKnownSafeCommandsWhenUntrusted { get; } = trustKnownSafeCommandsWhenUntrusted;

    /// <summary>Decides about a command.</summary>
    public ApprovalOutcome DecideCommand(CommandApprovalRequest request)
    {
        var display = ShellQuote.Join(request.Argv);
        var policy = request.Policy;
        // The model may not even ask to leave the sandbox when no sandbox prompt could reach the user.
        var noSandboxPrompts = policy.Kind switch
        {
            ApprovalPolicyKind.Never => "Never",
            ApprovalPolicyKind.Granular when policy.Granular is { SandboxApproval: false } granular => granular.DebugName(),
            _ => null,
        };
        if (request.RequestsEscalation && noSandboxPrompts is not null)
        {
            return new RejectOutcome($"approval policy is {noSandboxPrompts}; reject command — you cannot ask for escalated permissions if the approval policy is {noSandboxPrompts}", Verbatim: true);
        }

        var plain = ShellInvocation.PlainCommands(request.Argv);
        IReadOnlyList<IReadOnlyList<string>> commands = plain ?? [request.Argv];

        var strictest = RuleDecision.Allow;
        RuleMatch? decisiveRule = null;
        bool allMatchedAllow = true;
        IReadOnlyList<string>? firstUnmatchedPrompt = null;
        foreach (var command in commands)
        {
            var match = request.Rules.Match(command);
            RuleDecision decision;
            if (match is not null)
            {
                decision = match.Decision;
                if (decision > strictest || (decision == strictest && decisiveRule is null && decision != RuleDecision.Allow))
                {
                    decisiveRule = match;
                }

                allMatchedAllow &= decision == RuleDecision.Allow;
            }
            else
            {
                allMatchedAllow = false;
                decision = Fallback(command, request);
                if (decision == RuleDecision.Prompt && firstUnmatchedPrompt is null)
                {
                    firstUnmatchedPrompt = command;
                }

                if (decision > strictest)
                {
                    decisiveRule = null;
                }
            }

            strictest = decision > strictest ? decision : strictest;
        }

        switch (strictest)
        {
            case RuleDecision.Allow:
                return new RunOutcome(BypassSandbox: allMatchedAllow || (request.RequestsEscalation && !request.Sandbox.RestrictsFileSystem));

            case RuleDecision.Forbidden when decisiveRule is not null:
                return new RejectOutcome($"`{display}` rejected: {decisiveRule.Justification ?? "forbidden by exec policy"}");

            case RuleDecision.Forbidden:
                return new RejectOutcome("approval required by policy, but AskForApproval is set to Never");

            default:
                if (decisiveRule is not null)
                {
                    // A prompt rule asked.
                    if (policy.Kind == ApprovalPolicyKind.Never)
                    {
                        return new RejectOutcome("approval required by policy rule, but AskForApproval is set to Never");
                    }

                    if (policy.Kind == ApprovalPolicyKind.Granular && policy.Granular is { Rules: false })
                    {
                        return new RejectOutcome("approval required by policy rule, but AskForApproval::Granular.rules is false");
                    }

                    return new AskOutcome($"`{display}` requires approval: {decisiveRule.Justification ?? "requires approval by policy"}",
                        null, FromRule: true, BypassSandboxIfApproved: request.RequestsEscalation);
                }

                if (policy.Kind == ApprovalPolicyKind.Granular && policy.Granular is { SandboxApproval: false })
                {
                    return new RejectOutcome("approval required by policy, but AskForApproval::Granular.sandbox_approval is false");
                }

                return new AskOutcome(
                    request.RequestsEscalation ? request.Justification : null,
                    ProposeAmendment(request, plain, firstUnmatchedPrompt),
                    FromRule: false,
                    BypassSandboxIfApproved: request.RequestsEscalation);
        }
    }

    /// <summary>The policy's answer for a command no rule matched.</summary>
    private RuleDecision Fallback(IReadOnlyList<string> command, CommandApprovalRequest request)
    {
        var kind = request.Policy.Kind;
        if (kind == ApprovalPolicyKind.Untrusted)
        {
            return TrustKnownSafeCommandsWhenUntrusted && KnownSafeCommands.IsSafeCommand(command) && !request.RequestsEscalation
                ? RuleDecision.Allow
                : RuleDecision.Prompt;
        }

        if (KnownSafeCommands.IsDangerous(command))
        {
            return kind == ApprovalPolicyKind.Never ? RuleDecision.Forbidden : RuleDecision.Prompt;
        }

        return kind switch
        {
            ApprovalPolicyKind.Never => RuleDecision.Allow,
            _ when !request.Sandbox.RestrictsFileSystem => RuleDecision.Allow,
            _ => request.RequestsEscalation ? RuleDecision.Prompt : RuleDecision.Allow,
        };
    }

    /// <summary>
    /// The prefix rule offered with a prompt: the model's suggestion when usable, else the command that needed
    /// approval, else (for a script that is not plain) the whole argv.
    /// </summary>
    private static IReadOnlyList<string>? ProposeAmendment(CommandApprovalRequest request, IReadOnlyList<IReadOnlyList<string>>? plain, IReadOnlyList<string>? prompting)
    {
        if (request.SuggestedPrefixRule is { Count: > 0 } suggested && !BannedPrefixes.Any(b => b.SequenceEqual(suggested, StringComparer.Ordinal)))
        {
            return suggested;
        }

        if (plain is null)
        {
            return request.Argv;
        }

        return prompting ?? plain[0];
    }

    /// <summary>
    /// Decides about a patch writing <paramref name="paths"/> (absolute). Paths the user already accepted for the
    /// session (<paramref name="sessionApproved"/>) count as writable.
    /// </summary>
    public ApprovalOutcome DecidePatch(ApprovalPolicy policy, SandboxScope sandbox, IReadOnlyCollection<string> paths, IReadOnlySet<string>? sessionApproved = null)
    {
        bool approved(string p) => sessionApproved?.Contains(p) == true;
        if (paths.Count > 0 && paths.All(approved))
        {
            return new RunOutcome(BypassSandbox: false);
        }

        bool inside = paths.All(p => approved(p) || sandbox.CanWrite(p));
        switch (policy.Kind)
        {
            case ApprovalPolicyKind.Untrusted:
                return new AskOutcome(null, null, FromRule: false, BypassSandboxIfApproved: false);
            case ApprovalPolicyKind.Never:
                return inside
                    ? new RunOutcome(false)
                    : new RejectOutcome("patch rejected: writing outside of the project; rejected by user approval settings", Verbatim: true);
            case ApprovalPolicyKind.Granular when !inside && policy.Granular is { SandboxApproval: false }:
                return new RejectOutcome("patch rejected: writing outside of the project; rejected by user approval settings", Verbatim: true);
            default:
                return inside ? new RunOutcome(false) : new AskOutcome(null, null, FromRule: false, BypassSandboxIfApproved: false);
        }
    }
}
