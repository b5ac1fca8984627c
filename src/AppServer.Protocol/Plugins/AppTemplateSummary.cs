using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>An app template a plugin bundles (remote catalog only).</summary>
public sealed class AppTemplateSummary
{
    /// <summary>Template id.</summary>
    [JsonPropertyName("templateId")]
    public required string TemplateId { get; init; }

    /// <summary>Name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Apps made from it.</summary>
    [JsonPropertyName("materializedAppIds")]
    public required IReadOnlyList<string> MaterializedAppIds { get; init; }

    /// <summary>Connector id.</summary>
    [JsonPropertyName("canonicalConnectorId")]
    public string? CanonicalConnectorId { get; init; }

    /// <summary>Category.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Logo URL.</summary>
    [JsonPropertyName("logoUrl")]
    public string? LogoUrl { get; init; }

    /// <summary>Dark logo URL.</summary>
    [JsonPropertyName("logoUrlDark")]
    public string? LogoUrlDark { get; init; }

    /// <summary>Why it is unavailable.</summary>
    [JsonPropertyName("reason")]
    public AppTemplateUnavailableReason? Reason { get; init; }
}
