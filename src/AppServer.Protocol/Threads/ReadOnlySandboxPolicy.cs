using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>{"type":"readOnly"}</c>: commands may read but not write.</summary>
public sealed class ReadOnlySandboxPolicy : SandboxPolicy
{
    /// <summary>Whether commands may use the network.</summary>
    [JsonPropertyName("networkAccess")]
    public bool NetworkAccess { get; init; }
}
