using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>item/commandExecution/requestApproval</c>: asks the client to approve a command.</summary>
public sealed class CommandExecutionRequestApprovalParams
{
    /// <summary>Always <c>command</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>The command item's id.</summary>
    [JsonPropertyName("itemId")]
    public required string ItemId { get; init; }

    /// <summary>When the request started.</summary>
    [JsonPropertyName("startedAtMs")]
    public required long StartedAtMs { get; init; }

    /// <summary>Always <c>local</c>.</summary>
    [JsonPropertyName("environmentId")]
    public string? EnvironmentId { get; init; }

    /// <summary>Why approval is needed.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>The command, shell-quoted.</summary>
    [JsonPropertyName("command")]
    public string? Command { get; init; }

    /// <summary>Working directory.</summary>
    [JsonPropertyName("cwd")]
    public string? Cwd { get; init; }

    /// <summary>What the command does.</summary>
    [JsonPropertyName("commandActions")]
    public IReadOnlyList<CommandAction>? CommandActions { get; init; }

    /// <summary>The prefix rule the user may persist.</summary>
    [JsonPropertyName("proposedExecpolicyAmendment")]
    public IReadOnlyList<string>? ProposedExecpolicyAmendment { get; init; }

    /// <summary>The decisions the client may offer.</summary>
    [ExperimentalApi("item/commandExecution/requestApproval.availableDecisions")]
    [JsonPropertyName("availableDecisions")]
    public IReadOnlyList<System.Text.Json.JsonElement>? AvailableDecisions { get; init; }

    /// <summary>Identifies one callback among several for the same item (subcommand approvals); null for plain commands.</summary>
    [JsonPropertyName("approvalId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ApprovalId { get; init; }

    /// <summary>Context for a managed-network approval prompt (not used by this server).</summary>
    [JsonPropertyName("networkApprovalContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public System.Text.Json.JsonElement? NetworkApprovalContext { get; init; }

    /// <summary>Proposed network policy amendments (not used by this server).</summary>
    [JsonPropertyName("proposedNetworkPolicyAmendments")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<System.Text.Json.JsonElement>? ProposedNetworkPolicyAmendments { get; init; }
}
