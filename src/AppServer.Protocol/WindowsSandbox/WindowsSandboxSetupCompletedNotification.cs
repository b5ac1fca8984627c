using System.Text.Json.Serialization;

namespace AppServer.Protocol.WindowsSandbox;

/// <summary><c>windowsSandbox/setupCompleted</c>: the outcome of a <c>windowsSandbox/setupStart</c>.</summary>
public sealed class WindowsSandboxSetupCompletedNotification
{
    /// <summary>The mode that was set up.</summary>
    [JsonPropertyName("mode")]
    public required WindowsSandboxSetupMode Mode { get; init; }

    /// <summary>Whether setup succeeded.</summary>
    [JsonPropertyName("success")]
    public required bool Success { get; init; }

    /// <summary>Why setup failed.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }
}
