using System.Text.Json.Serialization;

namespace AppServer.Protocol.Sandbox;

/// <summary><c>{"type":"dangerFullAccess"}</c>: no sandbox at all.</summary>
public sealed class DangerFullAccessSandboxPolicy : SandboxPolicy
{
    /// <summary>The wire tag.</summary>
    public const string Tag = "dangerFullAccess";

    /// <inheritdoc />
    [JsonPropertyName("type")]
    public override string Type => Tag;
}
