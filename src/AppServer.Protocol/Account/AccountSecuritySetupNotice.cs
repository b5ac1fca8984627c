using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>A security reminder bound to one account.</summary>
public sealed class AccountSecuritySetupNotice
{
    /// <summary>The account.</summary>
    [JsonPropertyName("accountId")]
    public required string AccountId { get; init; }

    /// <summary>What to do about it.</summary>
    [JsonPropertyName("action")]
    public required AccountSecuritySetupAction Action { get; init; }

    /// <summary>Body text.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>Title.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The user.</summary>
    [JsonPropertyName("userId")]
    public required string UserId { get; init; }
}
