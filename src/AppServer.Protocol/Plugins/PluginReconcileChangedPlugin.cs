using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A plugin whose bundle or installed state changed.</summary>
public sealed class PluginReconcileChangedPlugin
{
    /// <summary><c>name@marketplace</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Declares apps.</summary>
    [JsonPropertyName("hasApps")]
    public required bool HasApps { get; init; }

    /// <summary>Declares hooks.</summary>
    [JsonPropertyName("hasHooks")]
    public required bool HasHooks { get; init; }

    /// <summary>Declares MCP servers.</summary>
    [JsonPropertyName("hasMcps")]
    public required bool HasMcps { get; init; }

    /// <summary>Declares skill roots.</summary>
    [JsonPropertyName("hasSkills")]
    public required bool HasSkills { get; init; }
}
