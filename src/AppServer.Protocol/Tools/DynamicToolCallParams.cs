using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>item/tool/call</c>: asks the client to run one of its dynamic tools.</summary>
public sealed class DynamicToolCallParams
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>The model's call id.</summary>
    [JsonPropertyName("callId")]
    public required string CallId { get; init; }

    /// <summary>Tool namespace.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Tool name.</summary>
    [JsonPropertyName("tool")]
    public required string Tool { get; init; }

    /// <summary>Arguments the model passed.</summary>
    [JsonPropertyName("arguments")]
    public required System.Text.Json.JsonElement Arguments { get; init; }
}
