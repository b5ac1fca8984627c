using System.Text.Json.Serialization;

namespace AppServer.Protocol.Features;

/// <summary>A feature flag's lifecycle stage.</summary>
public enum ExperimentalFeatureStage
{
    /// <summary>Available for testing.</summary>
    [JsonStringEnumMemberName("beta")]
    Beta,

    /// <summary>Still being built.</summary>
    [JsonStringEnumMemberName("underDevelopment")]
    UnderDevelopment,

    /// <summary>Production-ready.</summary>
    [JsonStringEnumMemberName("stable")]
    Stable,

    /// <summary>Deprecated.</summary>
    [JsonStringEnumMemberName("deprecated")]
    Deprecated,

    /// <summary>Kept for backwards compatibility.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,
}
