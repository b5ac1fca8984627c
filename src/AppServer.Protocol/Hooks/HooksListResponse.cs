using System.Text.Json.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>Result of <c>hooks/list</c>: one entry per cwd.</summary>
public sealed class HooksListResponse
{
    /// <summary>The entries, in request order.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<HooksListEntry> Data { get; init; }
}
