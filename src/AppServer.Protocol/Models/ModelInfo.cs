using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>One model (the schema's <c>Model</c>).</summary>
public sealed class ModelInfo
{
    /// <summary>Model id (the slug).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The slug to send as <c>model</c>.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Suggested replacement model, if any.</summary>
    [JsonPropertyName("upgrade")]
    public string? Upgrade { get; init; }

    /// <summary>Details of <see cref="Upgrade"/>.</summary>
    [JsonPropertyName("upgradeInfo")]
    public ModelUpgradeInfo? UpgradeInfo { get; init; }

    /// <summary>Promotion message, if any.</summary>
    [JsonPropertyName("availabilityNux")]
    public ModelAvailabilityNux? AvailabilityNux { get; init; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("displayName")]
    public required string DisplayName { get; init; }

    /// <summary>Short description.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>Specialty tag, if any.</summary>
    [JsonPropertyName("modelSpecialty")]
    public string? ModelSpecialty { get; init; }

    /// <summary>Hidden from the default picker.</summary>
    [JsonPropertyName("hidden")]
    public required bool Hidden { get; init; }

    /// <summary>Reasoning efforts the model accepts.</summary>
    [JsonPropertyName("supportedReasoningEfforts")]
    public required List<ReasoningEffortOption> SupportedReasoningEfforts { get; init; }

    /// <summary>Default reasoning effort.</summary>
    [JsonPropertyName("defaultReasoningEffort")]
    public required string DefaultReasoningEffort { get; init; }

    /// <summary>Accepted input kinds (<c>text</c>, <c>image</c>, <c>audio</c>).</summary>
    [JsonPropertyName("inputModalities")]
    public required List<string> InputModalities { get; init; }

    /// <summary>Deprecated; always false.</summary>
    [JsonPropertyName("supportsPersonality")]
    public bool SupportsPersonality { get; init; }

    /// <summary>Multi-agent runtime (<c>disabled|v1|v2</c>), if declared.</summary>
    [JsonPropertyName("multiAgentVersion")]
    public string? MultiAgentVersion { get; init; }

    /// <summary>Deprecated: speed tiers.</summary>
    [JsonPropertyName("additionalSpeedTiers")]
    public required List<string> AdditionalSpeedTiers { get; init; }

    /// <summary>Service tiers.</summary>
    [JsonPropertyName("serviceTiers")]
    public required List<ModelServiceTier> ServiceTiers { get; init; }

    /// <summary>Default service tier, if any.</summary>
    [JsonPropertyName("defaultServiceTier")]
    public string? DefaultServiceTier { get; init; }

    /// <summary>Access programs; null when the catalog has none.</summary>
    [JsonPropertyName("availableAccessPrograms")]
    public System.Text.Json.Nodes.JsonObject? AvailableAccessPrograms { get; init; }

    /// <summary>True for the catalog's default model.</summary>
    [JsonPropertyName("isDefault")]
    public required bool IsDefault { get; init; }
}
