using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/resume</c>.</summary>
public sealed class ThreadResumeResponse : ThreadSessionResponse
{
}
