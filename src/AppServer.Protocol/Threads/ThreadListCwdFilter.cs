using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>The <c>cwd</c> filter of <c>thread/list</c>: one path (a string) or several (an array).</summary>
[JsonConverter(typeof(ThreadListCwdFilterConverter))]
public sealed class ThreadListCwdFilter
{
    /// <summary>The accepted working directories.</summary>
    public required IReadOnlyList<string> Paths { get; init; }
}
