using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/remove</c>.</summary>
public sealed class FsRemoveParams
{
    /// <summary>Absolute path to remove.</summary>
    [JsonPropertyName("path")]
    public required AbsolutePath Path { get; init; }

    /// <summary>Remove directory trees (default true).</summary>
    [JsonPropertyName("recursive")]
    public bool? Recursive { get; init; }

    /// <summary>Ignore a missing path (default true).</summary>
    [JsonPropertyName("force")]
    public bool? Force { get; init; }
}
