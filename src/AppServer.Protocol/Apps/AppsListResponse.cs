using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Apps;

/// <summary>
/// Result of <c>app/list</c>. Apps (connectors) come from the OpenAI service; this server has no connection to
/// it, so the list is always empty and the item shape is left open.
/// </summary>
public sealed class AppsListResponse
{
    /// <summary>The apps (always empty here).</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<JsonObject> Data { get; init; }

    /// <summary>Cursor of the next page, or null on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }
}
