using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/list</c>.</summary>
public sealed class PluginListParams
{
    /// <summary>Working directories used to discover repository marketplaces.</summary>
    [JsonPropertyName("cwds")]
    [OsString]
    public IReadOnlyList<string>? Cwds { get; init; }

    /// <summary>Ask for a fresh remote catalog.</summary>
    [JsonPropertyName("forceRefetch")]
    public bool ForceRefetch { get; init; }

    /// <summary>Marketplace kinds to query (default: local ones).</summary>
    [JsonPropertyName("marketplaceKinds")]
    public IReadOnlyList<PluginListMarketplaceKind>? MarketplaceKinds { get; init; }
}
