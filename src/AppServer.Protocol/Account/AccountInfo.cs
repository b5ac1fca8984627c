using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>The wire <c>Account</c>: how the user is signed in (<c>{"type":"apiKey"}</c> locally).</summary>
public sealed class AccountInfo
{
    /// <summary><c>apiKey</c>, <c>chatgpt</c>, <c>amazonBedrock</c> or <c>gcp</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }
}
