using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/readFile</c>.</summary>
public sealed class FsReadFileParams
{
    /// <summary>Absolute path of the file to read.</summary>
    [JsonPropertyName("path")]
    public required AbsolutePath Path { get; init; }
}
