using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Why a remote plugin is unavailable.</summary>
public enum PluginDisabledReason
{
    /// <summary>Disabled by an administrator.</summary>
    [JsonStringEnumMemberName("disabled_by_admin")]
    DisabledByAdmin,

    /// <summary>The plan is not eligible.</summary>
    [JsonStringEnumMemberName("plan_not_eligible")]
    PlanNotEligible,

    /// <summary>A required app is unavailable.</summary>
    [JsonStringEnumMemberName("required_app_unavailable")]
    RequiredAppUnavailable,

    /// <summary>Unknown.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
