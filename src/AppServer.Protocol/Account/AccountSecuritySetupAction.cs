using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>A link that resolves a security reminder.</summary>
public sealed class AccountSecuritySetupAction
{
    /// <summary>Button label.</summary>
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    /// <summary>Where it goes.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }
}
