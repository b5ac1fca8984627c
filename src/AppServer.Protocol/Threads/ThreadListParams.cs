using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/list</c>.</summary>
public sealed class ThreadListParams
{
    /// <summary>Opaque cursor from a previous page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size (default 25).</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>Sort key (default created_at).</summary>
    [JsonPropertyName("sortKey")]
    public ThreadSortKey? SortKey { get; init; }

    /// <summary>Sort direction (default desc).</summary>
    [JsonPropertyName("sortDirection")]
    public SortDirection? SortDirection { get; init; }

    /// <summary>Provider allowlist; empty = all.</summary>
    [JsonPropertyName("modelProviders")]
    public IReadOnlyList<string>? ModelProviders { get; init; }

    /// <summary>Source-kind allowlist; empty = interactive sources.</summary>
    [JsonPropertyName("sourceKinds")]
    public IReadOnlyList<ThreadSourceKind>? SourceKinds { get; init; }

    /// <summary>True lists only archived threads.</summary>
    [JsonPropertyName("archived")]
    public bool? Archived { get; init; }

    /// <summary>Exact cwd filter: one path or several.</summary>
    [JsonPropertyName("cwd")]
    public ThreadListCwdFilter? Cwd { get; init; }

    /// <summary>Substring of the thread title.</summary>
    [JsonPropertyName("searchTerm")]
    public string? SearchTerm { get; init; }

    /// <summary>Thread ids to leave out (at most 100).</summary>
    [JsonPropertyName("excludedThreadIds")]
    public IReadOnlyList<string>? ExcludedThreadIds { get; init; }

    /// <summary>Ignored locally.</summary>
    [JsonPropertyName("currentAccountOnly")]
    public bool CurrentAccountOnly { get; init; }

    /// <summary>Ignored: the database is the only source.</summary>
    [JsonPropertyName("useStateDbOnly")]
    public bool UseStateDbOnly { get; init; }

    /// <summary>Originator allowlist (hosted backends only).</summary>
    [JsonPropertyName("originators")]
    public IReadOnlyList<string>? Originators { get; init; }

    /// <summary>Section filter (sections are not supported).</summary>
    [JsonPropertyName("sectionId")]
    public string? SectionId { get; init; }

    /// <summary>[Experimental] Optional ancestor thread filter. Returns spawned descendants at any depth, excluding the ancestor itself. Mutually exclusive with parentThreadId. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/list.ancestorThreadId")]
    [JsonPropertyName("ancestorThreadId")]
    [WireShape("string?")]
    public JsonElement? AncestorThreadId { get; init; }

    /// <summary>[Experimental] Return only persistent threads attached to this thread, including empty threads. Mutually exclusive with parentThreadId and ancestorThreadId. Omitting Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/list.attachedToThreadId")]
    [JsonPropertyName("attachedToThreadId")]
    [WireShape("string?")]
    public JsonElement? AttachedToThreadId { get; init; }

    /// <summary>[Experimental] Include persistent threads attached to a parent when searching by title. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/list.includeAttachedThreads")]
    [JsonPropertyName("includeAttachedThreads")]
    [WireShape("bool")]
    public JsonElement? IncludeAttachedThreads { get; init; }

    /// <summary>[Experimental] Optional direct parent thread filter. Mutually exclusive with ancestorThreadId. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/list.parentThreadId")]
    [JsonPropertyName("parentThreadId")]
    [WireShape("string?")]
    public JsonElement? ParentThreadId { get; init; }

    /// <summary>[Experimental] Omit to include every project, set to null for unassigned threads, or provide a project ID to return only threads in that project. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/list.projectId")]
    [JsonPropertyName("projectId")]
    [WireShape("string?")]
    public JsonElement? ProjectId { get; init; }
}
