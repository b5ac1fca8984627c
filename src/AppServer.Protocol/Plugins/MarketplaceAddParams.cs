using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>marketplace/add</c>.</summary>
public sealed class MarketplaceAddParams
{
    /// <summary>A local folder, a git URL or <c>owner/repo</c>.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>Git ref.</summary>
    [JsonPropertyName("refName")]
    public string? RefName { get; init; }

    /// <summary>Git sparse-checkout paths.</summary>
    [JsonPropertyName("sparsePaths")]
    public IReadOnlyList<string>? SparsePaths { get; init; }
}
