using System.Text.Json.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>Which config layer a hook came from.</summary>
public enum HookSource
{
    /// <summary>The system config (<c>/etc/codex</c>).</summary>
    [JsonStringEnumMemberName("system")]
    System,

    /// <summary>The user config (<c>$CODEX_HOME</c>).</summary>
    [JsonStringEnumMemberName("user")]
    User,

    /// <summary>A trusted project's <c>.codex</c> folder.</summary>
    [JsonStringEnumMemberName("project")]
    Project,

    /// <summary>MDM-managed config.</summary>
    [JsonStringEnumMemberName("mdm")]
    Mdm,

    /// <summary><c>-c</c> flags or per-thread overrides.</summary>
    [JsonStringEnumMemberName("sessionFlags")]
    SessionFlags,

    /// <summary>An installed plugin.</summary>
    [JsonStringEnumMemberName("plugin")]
    Plugin,

    /// <summary>Cloud requirements.</summary>
    [JsonStringEnumMemberName("cloudRequirements")]
    CloudRequirements,

    /// <summary>Cloud-managed config.</summary>
    [JsonStringEnumMemberName("cloudManagedConfig")]
    CloudManagedConfig,

    /// <summary>Legacy managed config file.</summary>
    [JsonStringEnumMemberName("legacyManagedConfigFile")]
    LegacyManagedConfigFile,

    /// <summary>Legacy MDM-managed config.</summary>
    [JsonStringEnumMemberName("legacyManagedConfigMdm")]
    LegacyManagedConfigMdm,

    /// <summary>Unknown origin.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
