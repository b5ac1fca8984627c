using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/gatewayOAuth/read</c>.</summary>
public sealed class GatewayOAuthReadParams
{
    /// <summary>Provider id; defaults to the current provider.</summary>
    [JsonPropertyName("modelProvider")]
    public string? ModelProvider { get; init; }
}
