using System.Text.Json.Serialization;

namespace AppServer.Protocol.WindowsSandbox;

/// <summary>Result of <c>windowsSandbox/readiness</c>.</summary>
public sealed class WindowsSandboxReadinessResponse
{
    /// <summary>Whether the Windows sandbox is set up.</summary>
    [JsonPropertyName("status")]
    public required WindowsSandboxReadiness Status { get; init; }
}
