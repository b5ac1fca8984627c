using System.Text.Json.Serialization;
using AppServer.Protocol.CollaborationModes;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/resume</c>.</summary>
public sealed class ThreadResumeResponse : ThreadSessionResponse
{
    /// <summary>Effective collaboration mode.</summary>
    [JsonPropertyName("collaborationMode")]
    public CollaborationMode? CollaborationMode { get; init; }

    /// <summary>The <c>thread/turns/list</c> page asked for with <c>initialTurnsPage</c>, else null.</summary>
    [JsonPropertyName("initialTurnsPage")]
    [ExperimentalApi("thread/resume.initialTurnsPage")]
    public TurnsPage? InitialTurnsPage { get; init; }

    /// <summary>Cursor for <c>thread/turns/list</c> (<c>sortDirection: "desc"</c>) whose first page includes the latest turn.</summary>
    [JsonPropertyName("turnsBackwardsCursor")]
    public string? TurnsBackwardsCursor { get; init; }

    /// <summary>Cursor for <c>thread/items/list</c> (<c>sortDirection: "desc"</c>) whose first page includes the latest item.</summary>
    [JsonPropertyName("itemsBackwardsCursor")]
    public string? ItemsBackwardsCursor { get; init; }
}
