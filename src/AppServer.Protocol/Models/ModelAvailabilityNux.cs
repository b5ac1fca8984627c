using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>A promotional message about a model.</summary>
public sealed class ModelAvailabilityNux
{
    /// <summary>The message.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
