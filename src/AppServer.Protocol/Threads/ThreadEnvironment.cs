using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>An environment a loaded thread runs in (experimental). This server has one: <c>local</c>.</summary>
public sealed class ThreadEnvironment
{
    /// <summary>The environment id.</summary>
    [JsonPropertyName("environmentId")]
    public required string EnvironmentId { get; init; }

    /// <summary>The thread's working directory in this environment.</summary>
    [JsonPropertyName("cwd")]
    public required string Cwd { get; init; }

    /// <summary>Workspace roots the runtime uses in this environment.</summary>
    [JsonPropertyName("runtimeWorkspaceRoots")]
    public required IReadOnlyList<string> RuntimeWorkspaceRoots { get; init; }
}
