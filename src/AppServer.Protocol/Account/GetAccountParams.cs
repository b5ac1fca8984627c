using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/read</c>.</summary>
public sealed class GetAccountParams
{
    /// <summary>Ask for a token refresh first (ChatGPT auth only; ignored here).</summary>
    [JsonPropertyName("refreshToken")]
    public bool? RefreshToken { get; init; }
}
