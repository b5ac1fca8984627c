using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/readDirectory</c>.</summary>
public sealed class FsReadDirectoryParams
{
    /// <summary>Absolute directory path to list.</summary>
    [JsonPropertyName("path")]
    public required AbsolutePath Path { get; init; }
}
