using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/install</c>.</summary>
public sealed class PluginInstallResponse
{
    /// <summary>When its apps authenticate.</summary>
    [JsonPropertyName("authPolicy")]
    public required PluginAuthPolicy AuthPolicy { get; init; }

    /// <summary>Apps that need authentication now.</summary>
    [JsonPropertyName("appsNeedingAuth")]
    public required IReadOnlyList<AppSummary> AppsNeedingAuth { get; init; }
}
