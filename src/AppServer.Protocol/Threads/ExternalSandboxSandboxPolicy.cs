using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>{"type":"externalSandbox"}</c>: the process already runs inside a sandbox.</summary>
public sealed class ExternalSandboxSandboxPolicy : SandboxPolicy
{
    /// <summary><c>restricted</c> or <c>enabled</c>.</summary>
    [JsonPropertyName("networkAccess")]
    public string NetworkAccess { get; init; } = "restricted";
}
