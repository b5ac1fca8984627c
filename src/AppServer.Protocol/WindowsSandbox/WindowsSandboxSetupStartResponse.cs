using System.Text.Json.Serialization;

namespace AppServer.Protocol.WindowsSandbox;

/// <summary>Result of <c>windowsSandbox/setupStart</c>; the outcome follows as <c>windowsSandbox/setupCompleted</c>.</summary>
public sealed class WindowsSandboxSetupStartResponse
{
    /// <summary>Whether setup started.</summary>
    [JsonPropertyName("started")]
    public required bool Started { get; init; }
}
