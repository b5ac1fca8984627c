namespace AppServer.Agent.Approvals;

/// <summary>When the agent must ask the user before acting.</summary>
public enum ApprovalPolicyKind
{
    /// <summary>Ask for everything but known-safe reads (0.169.0 in practice asked for every command).</summary>
    Untrusted,

    /// <summary>Run sandboxed; ask when the model requests escalation or writes outside the writable roots.</summary>
    OnRequest,

    /// <summary>Never ask: what would need approval is rejected, and failures go back to the model.</summary>
    Never,

    /// <summary>Experimental: like on-request, with per-category switches.</summary>
    Granular,
}

/// <summary>An approval policy, with its switches when granular.</summary>
public sealed record ApprovalPolicy(ApprovalPolicyKind Kind, GranularApproval? Granular = null)
{
    /// <summary>
    /// Parses the config/wire names (<c>untrusted</c>, <c>on-request</c>, <c>never</c>, <c>granular</c>); unknown
    /// names mean on-request. The deprecated config value <c>on-failure</c> is an alias of on-request, as in the
    /// reference (0.169.0): a command the sandbox denied is not retried, its failure goes back to the model.
    /// </summary>
    public static ApprovalPolicy Parse(string? name, GranularApproval? granular = null) => name switch
    {
        "untrusted" => new(ApprovalPolicyKind.Untrusted),
        "never" => new(ApprovalPolicyKind.Never),
        "granular" => new(ApprovalPolicyKind.Granular, granular ?? new GranularApproval()),
        _ => new(ApprovalPolicyKind.OnRequest),
    };
}
