using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>The system <c>config.toml</c> (listed even when absent).</summary>
public sealed class SystemConfigLayerSource : ConfigLayerSource
{
    /// <summary>Path of the system config file.</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }
}
