using System.Text.Json.Serialization;

namespace AppServer.Protocol.WindowsSandbox;

/// <summary>Kind of Windows sandbox.</summary>
public enum WindowsSandboxSetupMode
{
    /// <summary><c>elevated</c>.</summary>
    [JsonStringEnumMemberName("elevated")]
    Elevated,

    /// <summary><c>unelevated</c>.</summary>
    [JsonStringEnumMemberName("unelevated")]
    Unelevated,
}
