using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Display metadata of a plugin (local asset paths are absolute).</summary>
public sealed class PluginInterface
{
    /// <summary>Name to show.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>One-line description.</summary>
    [JsonPropertyName("shortDescription")]
    public string? ShortDescription { get; init; }

    /// <summary>Long description.</summary>
    [JsonPropertyName("longDescription")]
    public string? LongDescription { get; init; }

    /// <summary>Developer.</summary>
    [JsonPropertyName("developerName")]
    public string? DeveloperName { get; init; }

    /// <summary>Category (the marketplace's wins over the manifest's).</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    /// <summary>Capabilities it advertises.</summary>
    [JsonPropertyName("capabilities")]
    public required IReadOnlyList<string> Capabilities { get; init; }

    /// <summary>Website.</summary>
    [JsonPropertyName("websiteUrl")]
    public string? WebsiteUrl { get; init; }

    /// <summary>Privacy policy.</summary>
    [JsonPropertyName("privacyPolicyUrl")]
    public string? PrivacyPolicyUrl { get; init; }

    /// <summary>Terms of service.</summary>
    [JsonPropertyName("termsOfServiceUrl")]
    public string? TermsOfServiceUrl { get; init; }

    /// <summary>Starter prompts (at most three).</summary>
    [JsonPropertyName("defaultPrompt")]
    public IReadOnlyList<string>? DefaultPrompt { get; init; }

    /// <summary>Brand colour.</summary>
    [JsonPropertyName("brandColor")]
    public string? BrandColor { get; init; }

    /// <summary>Local composer icon path.</summary>
    [JsonPropertyName("composerIcon")]
    public string? ComposerIcon { get; init; }

    /// <summary>Remote composer icon URL.</summary>
    [JsonPropertyName("composerIconUrl")]
    public string? ComposerIconUrl { get; init; }

    /// <summary>Local logo path.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; init; }

    /// <summary>Local dark-mode logo path.</summary>
    [JsonPropertyName("logoDark")]
    public string? LogoDark { get; init; }

    /// <summary>Remote logo URL.</summary>
    [JsonPropertyName("logoUrl")]
    public string? LogoUrl { get; init; }

    /// <summary>Remote dark-mode logo URL.</summary>
    [JsonPropertyName("logoUrlDark")]
    public string? LogoUrlDark { get; init; }

    /// <summary>Local screenshot paths.</summary>
    [JsonPropertyName("screenshots")]
    public required IReadOnlyList<string> Screenshots { get; init; }

    /// <summary>Remote screenshot URLs.</summary>
    [JsonPropertyName("screenshotUrls")]
    public required IReadOnlyList<string> ScreenshotUrls { get; init; }
}
