using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>Where a model's users should move.</summary>
public sealed class ModelUpgradeInfo
{
    /// <summary>The replacement model.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Short upgrade copy.</summary>
    [JsonPropertyName("upgradeCopy")]
    public string? UpgradeCopy { get; init; }

    /// <summary>Link about the model.</summary>
    [JsonPropertyName("modelLink")]
    public string? ModelLink { get; init; }

    /// <summary>Migration notes.</summary>
    [JsonPropertyName("migrationMarkdown")]
    public string? MigrationMarkdown { get; init; }

    /// <summary>Scheduled retirement (unix seconds), if known.</summary>
    [JsonPropertyName("retirementAt")]
    public long? RetirementAt { get; init; }
}
