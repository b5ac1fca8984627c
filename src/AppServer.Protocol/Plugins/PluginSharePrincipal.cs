using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A principal a plugin is shared with.</summary>
public sealed class PluginSharePrincipal
{
    /// <summary>Principal id.</summary>
    [JsonPropertyName("principalId")]
    public required string PrincipalId { get; init; }

    /// <summary>Kind of principal.</summary>
    [JsonPropertyName("principalType")]
    public required PluginSharePrincipalType PrincipalType { get; init; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Role.</summary>
    [JsonPropertyName("role")]
    public required PluginSharePrincipalRole Role { get; init; }
}
