using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/sendAddCreditsNudgeEmail</c>.</summary>
public sealed class SendAddCreditsNudgeEmailResponse
{
    /// <summary>Whether the email went out.</summary>
    [JsonPropertyName("status")]
    public required AddCreditsNudgeEmailStatus Status { get; init; }
}
