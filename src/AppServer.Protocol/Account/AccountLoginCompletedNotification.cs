using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary><c>account/login/completed</c>.</summary>
public sealed class AccountLoginCompletedNotification
{
    /// <summary>The login flow id (null for API keys).</summary>
    [JsonPropertyName("loginId")]
    public string? LoginId { get; init; }

    /// <summary>Whether the login succeeded.</summary>
    [JsonPropertyName("success")]
    public required bool Success { get; init; }

    /// <summary>Why it failed.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>Desktop onboarding entry point; not used locally.</summary>
    [JsonPropertyName("onboardingEntrypoint")]
    public string? OnboardingEntrypoint { get; init; }
}
