using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/rateLimitResetCredit/consume</c>.</summary>
public sealed class ConsumeAccountRateLimitResetCreditParams
{
    /// <summary>Credit to redeem; the backend picks one when omitted.</summary>
    [JsonPropertyName("creditId")]
    public string? CreditId { get; init; }

    /// <summary>Identifies one logical reset attempt.</summary>
    [JsonPropertyName("idempotencyKey")]
    public required string IdempotencyKey { get; init; }
}
