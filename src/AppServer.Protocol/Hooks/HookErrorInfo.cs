using System.Text.Json.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>A hook definition that could not be read.</summary>
public sealed class HookErrorInfo
{
    /// <summary>The file it is in.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>What is wrong.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
