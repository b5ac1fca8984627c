using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>
/// Params of <c>account/login/start</c>, tagged by <c>type</c>. Only <c>apiKey</c> works locally; the other
/// variants (ChatGPT, device code, Bedrock...) need the OpenAI service.
/// </summary>
[SerdeExpected("internally tagged enum LoginAccountParams")]
public sealed class LoginAccountParams
{
    /// <summary><c>apiKey</c>, <c>chatgpt</c>, <c>chatgptDeviceCode</c>, <c>chatgptAuthTokens</c>, <c>amazonBedrock</c>, ...</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The OpenAI API key (for <c>apiKey</c>).</summary>
    [JsonPropertyName("apiKey")]
    public string? ApiKey { get; init; }
}
