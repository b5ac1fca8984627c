using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Someone to share a plugin with.</summary>
public sealed class PluginShareTarget
{
    /// <summary>Principal id.</summary>
    [JsonPropertyName("principalId")]
    public required string PrincipalId { get; init; }

    /// <summary>Kind of principal.</summary>
    [JsonPropertyName("principalType")]
    public required PluginSharePrincipalType PrincipalType { get; init; }

    /// <summary>Role to give.</summary>
    [JsonPropertyName("role")]
    public required PluginShareTargetRole Role { get; init; }
}
