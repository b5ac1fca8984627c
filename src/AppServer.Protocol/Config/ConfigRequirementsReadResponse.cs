using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Result of <c>configRequirements/read</c>.</summary>
public sealed class ConfigRequirementsReadResponse
{
    /// <summary>The requirements; null when there are none.</summary>
    [JsonPropertyName("requirements")]
    public ConfigRequirementsInfo? Requirements { get; init; }

    /// <summary>Whether Fast and Ultra Fast are enforced independently (true, as in the reference).</summary>
    [JsonPropertyName("supportsIndependentSpeedModes")]
    public bool? SupportsIndependentSpeedModes { get; init; }
}
