using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/delete</c> (empty).</summary>
public sealed class ThreadDeleteResponse
{
}
