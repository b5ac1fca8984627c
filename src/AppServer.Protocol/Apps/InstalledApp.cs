using System.Text.Json.Serialization;

namespace AppServer.Protocol.Apps;

/// <summary>One installed connector's runtime state.</summary>
public sealed class InstalledApp
{
    /// <summary>The connector id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Effective enabled state.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>Whether the model can call it.</summary>
    [JsonPropertyName("callable")]
    public required bool Callable { get; init; }

    /// <summary>Name from the runtime tool catalog.</summary>
    [JsonPropertyName("runtimeName")]
    public string? RuntimeName { get; init; }
}
