using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>The user's <c>config.toml</c>, or a profile file layered on it.</summary>
public sealed class UserConfigLayerSource : ConfigLayerSource
{
    /// <summary>Path of the file.</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    /// <summary>The profile name when this layer is a profile file.</summary>
    [JsonPropertyName("profile")]
    public string? Profile { get; init; }
}
