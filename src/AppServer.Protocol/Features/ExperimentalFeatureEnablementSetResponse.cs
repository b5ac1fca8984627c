using System.Text.Json.Serialization;

namespace AppServer.Protocol.Features;

/// <summary>Result of <c>experimentalFeature/enablement/set</c>.</summary>
public sealed class ExperimentalFeatureEnablementSetResponse
{
    /// <summary>The entries updated.</summary>
    [JsonPropertyName("enablement")]
    public required Dictionary<string, bool> Enablement { get; init; }
}
