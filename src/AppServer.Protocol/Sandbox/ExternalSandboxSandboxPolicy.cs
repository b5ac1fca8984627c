using System.Text.Json.Serialization;

namespace AppServer.Protocol.Sandbox;

/// <summary><c>{"type":"externalSandbox"}</c>: the caller already sandboxes the server; run commands as they are.</summary>
public sealed class ExternalSandboxSandboxPolicy : SandboxPolicy
{
    /// <summary>The wire tag.</summary>
    public const string Tag = "externalSandbox";

    /// <inheritdoc />
    [JsonPropertyName("type")]
    public override string Type => Tag;

    /// <summary>Whether the outer sandbox lets commands use the network (default <c>restricted</c>).</summary>
    [JsonPropertyName("networkAccess")]
    public NetworkAccess NetworkAccess { get; init; } = NetworkAccess.Restricted;
}
