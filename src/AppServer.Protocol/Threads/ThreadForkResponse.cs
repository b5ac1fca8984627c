using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/fork</c>.</summary>
public sealed class ThreadForkResponse : ThreadSessionResponse
{
}
