using System.Text.Json.Serialization;

namespace AppServer.Protocol.Permissions;

/// <summary>One permission profile.</summary>
public sealed class PermissionProfileSummary
{
    /// <summary>Profile id (built-ins start with <c>:</c>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Description, if any.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Whether the requirements allow selecting it.</summary>
    [JsonPropertyName("allowed")]
    public required bool Allowed { get; init; }
}
