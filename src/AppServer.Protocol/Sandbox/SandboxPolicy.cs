using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Sandbox;

/// <summary>
/// Where a command may write and whether it may use the network: the v2 <c>SandboxPolicy</c> union,
/// tagged by <c>type</c> (<c>dangerFullAccess</c>, <c>readOnly</c>, <c>externalSandbox</c>, <c>workspaceWrite</c>).
/// </summary>
[SerdeExpected("internally tagged enum SandboxPolicyDeserialize")]
[JsonConverter(typeof(SandboxPolicyJsonConverter))]
public abstract class SandboxPolicy
{
    /// <summary>The wire tag.</summary>
    [JsonPropertyName("type")]
    public abstract string Type { get; }
}
