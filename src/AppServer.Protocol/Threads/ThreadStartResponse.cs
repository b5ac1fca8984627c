using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/start</c>.</summary>
public sealed class ThreadStartResponse : ThreadSessionResponse
{
}
