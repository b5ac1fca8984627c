using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/skill/read</c>.</summary>
public sealed class PluginSkillReadParams
{
    /// <summary>Remote marketplace.</summary>
    [JsonPropertyName("remoteMarketplaceName")]
    public required string RemoteMarketplaceName { get; init; }

    /// <summary>Remote plugin id.</summary>
    [JsonPropertyName("remotePluginId")]
    public required string RemotePluginId { get; init; }

    /// <summary>Skill name.</summary>
    [JsonPropertyName("skillName")]
    public required string SkillName { get; init; }
}
