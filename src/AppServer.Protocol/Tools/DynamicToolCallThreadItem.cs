using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>A call to a client-provided dynamic tool.</summary>
public sealed class DynamicToolCallThreadItem : AppServer.Protocol.Items.ThreadItem
{
    /// <summary>Tool namespace, if any.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Tool name.</summary>
    [JsonPropertyName("tool")]
    public required string Tool { get; init; }

    /// <summary>Arguments the model passed.</summary>
    [JsonPropertyName("arguments")]
    public required System.Text.Json.JsonElement Arguments { get; init; }

    /// <summary>Current status.</summary>
    [JsonPropertyName("status")]
    public required DynamicToolCallStatus Status { get; init; }

    /// <summary>What the client returned.</summary>
    [JsonPropertyName("contentItems")]
    public IReadOnlyList<System.Text.Json.JsonElement>? ContentItems { get; init; }

    /// <summary>Whether the client reported success.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>Duration once finished.</summary>
    [JsonPropertyName("durationMs")]
    public long? DurationMs { get; init; }
}
