using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Metadata of an app a plugin bundles.</summary>
public sealed class AppSummary
{
    /// <summary>App id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>App name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Install URL.</summary>
    [JsonPropertyName("installUrl")]
    public string? InstallUrl { get; init; }

    /// <summary>Category.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }
}
