using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/writeFile</c>.</summary>
public sealed class FsWriteFileParams
{
    /// <summary>Absolute path of the file to write.</summary>
    [JsonPropertyName("path")]
    public required AbsolutePath Path { get; init; }

    /// <summary>File contents, base64-encoded.</summary>
    [JsonPropertyName("dataBase64")]
    public required string DataBase64 { get; init; }
}
