using System.Text.Json.Serialization;

namespace AppServer.Protocol.WindowsSandbox;

/// <summary>Setup state of the Windows sandbox.</summary>
public enum WindowsSandboxReadiness
{
    /// <summary><c>ready</c>.</summary>
    [JsonStringEnumMemberName("ready")]
    Ready,

    /// <summary><c>notConfigured</c>.</summary>
    [JsonStringEnumMemberName("notConfigured")]
    NotConfigured,

    /// <summary><c>updateRequired</c>.</summary>
    [JsonStringEnumMemberName("updateRequired")]
    UpdateRequired,
}
