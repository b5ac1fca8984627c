using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Permissions;

/// <summary>Params of <c>permissionProfile/list</c>.</summary>
public sealed class PermissionProfileListParams
{
    /// <summary>Opaque cursor from a previous page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size (default: everything).</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>Folder whose project layers to include.</summary>
    [JsonPropertyName("cwd")]
    [OsString]
    public string? Cwd { get; init; }
}
