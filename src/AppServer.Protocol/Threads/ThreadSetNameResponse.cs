using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/name/set</c> (empty).</summary>
public sealed class ThreadSetNameResponse
{
}
