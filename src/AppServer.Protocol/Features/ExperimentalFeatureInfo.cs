using System.Text.Json.Serialization;

namespace AppServer.Protocol.Features;

/// <summary>One feature flag (the schema's <c>ExperimentalFeature</c>).</summary>
public sealed class ExperimentalFeatureInfo
{
    /// <summary>The key used in <c>[features]</c>.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Lifecycle stage.</summary>
    [JsonPropertyName("stage")]
    public required ExperimentalFeatureStage Stage { get; init; }

    /// <summary>Display name (beta features only).</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>Description (beta features only).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Announcement copy (beta features only).</summary>
    [JsonPropertyName("announcement")]
    public string? Announcement { get; init; }

    /// <summary>Enabled in the loaded config.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>Enabled by default.</summary>
    [JsonPropertyName("defaultEnabled")]
    public required bool DefaultEnabled { get; init; }
}
