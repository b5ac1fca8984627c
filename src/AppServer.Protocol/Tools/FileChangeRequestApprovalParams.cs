using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>item/fileChange/requestApproval</c>: asks the client to approve a patch.</summary>
public sealed class FileChangeRequestApprovalParams
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>The fileChange item's id.</summary>
    [JsonPropertyName("itemId")]
    public required string ItemId { get; init; }

    /// <summary>When the request started.</summary>
    [JsonPropertyName("startedAtMs")]
    public required long StartedAtMs { get; init; }

    /// <summary>Why approval is needed.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>A root the agent asks to write under for the session.</summary>
    [JsonPropertyName("grantRoot")]
    public string? GrantRoot { get; init; }
}
