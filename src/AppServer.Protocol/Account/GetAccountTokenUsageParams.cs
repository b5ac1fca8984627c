using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/usage/read</c>.</summary>
public sealed class GetAccountTokenUsageParams
{
    /// <summary>Read estimated usage for this thread instead of account-wide activity.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
