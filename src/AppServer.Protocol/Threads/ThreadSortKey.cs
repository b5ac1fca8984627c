using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Sort key of <c>thread/list</c>.</summary>
public enum ThreadSortKey
{
    /// <summary><c>created_at</c>.</summary>
    [JsonStringEnumMemberName("created_at")]
    CreatedAt,

    /// <summary><c>updated_at</c>.</summary>
    [JsonStringEnumMemberName("updated_at")]
    UpdatedAt,

    /// <summary><c>recency_at</c>.</summary>
    [JsonStringEnumMemberName("recency_at")]
    RecencyAt,

    /// <summary><c>section_position</c>.</summary>
    [JsonStringEnumMemberName("section_position")]
    SectionPosition,
}
