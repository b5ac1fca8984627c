using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Apps;

/// <summary>Result of <c>app/read</c>: found apps, and the ids that matched nothing.</summary>
public sealed class AppsReadResponse
{
    /// <summary>Connector metadata (always empty here: connectors need the OpenAI service).</summary>
    [JsonPropertyName("apps")]
    public required IReadOnlyList<JsonObject> Apps { get; init; }

    /// <summary>Requested ids with no app, deduplicated in request order.</summary>
    [JsonPropertyName("missingAppIds")]
    public required IReadOnlyList<string> MissingAppIds { get; init; }
}
