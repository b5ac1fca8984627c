using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/share/updateTargets</c>.</summary>
public sealed class PluginShareUpdateTargetsResponse
{
    /// <summary>Discoverability now.</summary>
    [JsonPropertyName("discoverability")]
    public required PluginShareDiscoverability Discoverability { get; init; }

    /// <summary>Principals now.</summary>
    [JsonPropertyName("principals")]
    public required IReadOnlyList<PluginSharePrincipal> Principals { get; init; }
}
