namespace AppServer.Core.Accounts;

/// <summary>
/// The ChatGPT-account features (rate limits, usage, workspace messages, credits) live in the OpenAI service and
/// need a ChatGPT sign-in, which this server never has. This words the refusal the way the reference does: it
/// asks for a "codex account" while signed out and for "chatgpt" authentication while signed in with an API key.
/// </summary>
public sealed class CloudAccountGate(AuthStore auth)
{
    /// <summary>The refusal for <paramref name="purpose"/> (e.g. "to read rate limits").</summary>
    public string AuthenticationRequired(string purpose)
    {
        var needed = auth.ApiKey is null ? "codex account" : "chatgpt";
        return $"{needed} authentication required {purpose}";
    }

    /// <summary>
    /// Whether <paramref name="loginId"/> is a well-formed login id (a UUID, hyphenated, simple, braced or with a
    /// <c>urn:uuid:</c> prefix). Login ids only come from browser or device-code logins, which never start here.
    /// </summary>
    public static bool IsLoginId(string loginId)
    {
        var value = loginId.StartsWith("urn:uuid:", StringComparison.Ordinal) ? loginId["urn:uuid:".Length..] : loginId;
        return Guid.TryParseExact(value, "D", out _) || Guid.TryParseExact(value, "N", out _) || Guid.TryParseExact(value, "B", out _);
    }
}
