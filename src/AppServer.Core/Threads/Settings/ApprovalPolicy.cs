using System.Text.Json;

namespace AppServer.Core.Threads.Settings;

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
    /// <summary>The default policy (<c>on-request</c>).</summary>
    public static ApprovalPolicy OnRequest { get; } = new(ApprovalPolicyKind.OnRequest);

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
        _ => OnRequest,
    };

    /// <summary>
    /// Reads the wire JSON form kept in the thread row: <c>"never"</c> (with the quotes) or
    /// <c>{"granular":{…}}</c>. A granular object that cannot be read counts as granular with the defaults.
    /// </summary>
    public static ApprovalPolicy FromWireJson(string? json)
    {
        var text = (json ?? "").Trim();
        return text.StartsWith('{')
            ? new(ApprovalPolicyKind.Granular, GranularApproval.FromPolicyJson(text) ?? new GranularApproval())
            : Parse(text.Trim('"'));
    }

    /// <summary>The config/wire name: <c>untrusted</c>, <c>on-request</c>, <c>never</c> or <c>granular</c>.</summary>
    public string Name => Kind switch
    {
        ApprovalPolicyKind.Untrusted => "untrusted",
        ApprovalPolicyKind.Never => "never",
        ApprovalPolicyKind.Granular => "granular",
        _ => "on-request",
    };

    /// <summary>The wire JSON form: the quoted name, or the granular object with all five switches.</summary>
    public string ToWireJson() => Kind == ApprovalPolicyKind.Granular
        ? (Granular ?? new GranularApproval()).ToPolicyJson()
        : JsonSerializer.Serialize(Name);
}
