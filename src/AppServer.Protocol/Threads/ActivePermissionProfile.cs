using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>The permission profile that produced a thread's active permissions.</summary>
public sealed class ActivePermissionProfile
{
    /// <summary>Profile id, e.g. the built-in <c>:read-only</c> or <c>:workspace</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Parent profile from the profile's <c>extends</c> setting, when present.</summary>
    [JsonPropertyName("extends")]
    public string? Extends { get; init; }
}
