using System.Text.Json.Serialization;

namespace AppServer.Protocol.Features;

/// <summary>Params of <c>experimentalFeature/enablement/set</c>.</summary>
public sealed class ExperimentalFeatureEnablementSetParams
{
    /// <summary>Process-wide enablement by feature name; omitted features are unchanged.</summary>
    [JsonPropertyName("enablement")]
    public required Dictionary<string, bool> Enablement { get; init; }
}
