using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Pagination direction.</summary>
public enum SortDirection
{
    /// <summary><c>asc</c>.</summary>
    [JsonStringEnumMemberName("asc")]
    Asc,

    /// <summary><c>desc</c>.</summary>
    [JsonStringEnumMemberName("desc")]
    Desc,
}
