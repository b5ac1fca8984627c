using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Why an app template is unavailable.</summary>
public enum AppTemplateUnavailableReason
{
    /// <summary>Not configured for the workspace.</summary>
    [JsonStringEnumMemberName("NOT_CONFIGURED_FOR_WORKSPACE")]
    NotConfiguredForWorkspace,

    /// <summary>No active workspace.</summary>
    [JsonStringEnumMemberName("NO_ACTIVE_WORKSPACE")]
    NoActiveWorkspace,
}
