using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/read</c>.</summary>
public sealed class GetAccountResponse
{
    /// <summary>The signed-in account, or null.</summary>
    [JsonPropertyName("account")]
    public AccountInfo? Account { get; init; }

    /// <summary>ChatGPT user id; never known locally.</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    /// <summary>Whether the active model provider needs an OpenAI login.</summary>
    [JsonPropertyName("requiresOpenaiAuth")]
    public required bool RequiresOpenaiAuth { get; init; }

    /// <summary>ChatGPT workspace routing; never known locally.</summary>
    [JsonPropertyName("workspaceRouting")]
    public JsonElement? WorkspaceRouting { get; init; }
}
