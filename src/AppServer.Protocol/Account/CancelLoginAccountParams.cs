using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/login/cancel</c>.</summary>
public sealed class CancelLoginAccountParams
{
    /// <summary>The id returned by a browser or device-code <c>account/login/start</c>.</summary>
    [JsonPropertyName("loginId")]
    public required string LoginId { get; init; }
}
