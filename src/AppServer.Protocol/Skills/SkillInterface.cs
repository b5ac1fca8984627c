using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>How a client may present a skill (the <c>interface</c> table of <c>agents/openai.yaml</c>).</summary>
public sealed class SkillInterface
{
    /// <summary>Human-readable name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>One-line description.</summary>
    [JsonPropertyName("shortDescription")]
    public string? ShortDescription { get; init; }

    /// <summary>Small icon file (absolute), when it exists.</summary>
    [JsonPropertyName("iconSmall")]
    public string? IconSmall { get; init; }

    /// <summary>Large icon file (absolute), when it exists.</summary>
    [JsonPropertyName("iconLarge")]
    public string? IconLarge { get; init; }

    /// <summary>Remote small icon (plugin catalogs only).</summary>
    [JsonPropertyName("iconSmallUrl")]
    public string? IconSmallUrl { get; init; }

    /// <summary>Remote large icon (plugin catalogs only).</summary>
    [JsonPropertyName("iconLargeUrl")]
    public string? IconLargeUrl { get; init; }

    /// <summary>Brand colour, e.g. <c>#ff0000</c>.</summary>
    [JsonPropertyName("brandColor")]
    public string? BrandColor { get; init; }

    /// <summary>A prompt a client may prefill.</summary>
    [JsonPropertyName("defaultPrompt")]
    public string? DefaultPrompt { get; init; }
}
