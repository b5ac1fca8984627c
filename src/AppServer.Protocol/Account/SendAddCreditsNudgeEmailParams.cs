using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/sendAddCreditsNudgeEmail</c>.</summary>
public sealed class SendAddCreditsNudgeEmailParams
{
    /// <summary>What ran out.</summary>
    [JsonPropertyName("creditType")]
    public required AddCreditsNudgeCreditType CreditType { get; init; }
}
