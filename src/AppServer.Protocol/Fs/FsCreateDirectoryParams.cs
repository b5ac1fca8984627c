using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/createDirectory</c>.</summary>
public sealed class FsCreateDirectoryParams
{
    /// <summary>Absolute directory path to create.</summary>
    [JsonPropertyName("path")]
    public required AbsolutePath Path { get; init; }

    /// <summary>Create missing parents too (default true).</summary>
    [JsonPropertyName("recursive")]
    public bool? Recursive { get; init; }
}
