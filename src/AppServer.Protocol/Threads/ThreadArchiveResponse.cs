using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/archive</c> (empty).</summary>
public sealed class ThreadArchiveResponse
{
}
