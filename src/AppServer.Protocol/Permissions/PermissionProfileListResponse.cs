using System.Text.Json.Serialization;

namespace AppServer.Protocol.Permissions;

/// <summary>Result of <c>permissionProfile/list</c>.</summary>
public sealed class PermissionProfileListResponse
{
    /// <summary>The profiles of this page.</summary>
    [JsonPropertyName("data")]
    public required List<PermissionProfileSummary> Data { get; init; }

    /// <summary>Cursor for the next page; null on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }
}
