using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/rateLimits/read</c>: usage-read capabilities of the requesting client.</summary>
public sealed class GetAccountRateLimitsParams
{
    /// <summary>Skip the separate reset-credit detail lookup (background polls).</summary>
    [JsonPropertyName("excludeResetCreditDetails")]
    public bool? ExcludeResetCreditDetails { get; init; }

    /// <summary>The client supports automatic Luna Reserve fallback.</summary>
    [JsonPropertyName("supportsLunaReserve")]
    public bool? SupportsLunaReserve { get; init; }
}
