using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary>Result of <c>fs/readFile</c>.</summary>
public sealed class FsReadFileResponse
{
    /// <summary>File contents, base64-encoded.</summary>
    [JsonPropertyName("dataBase64")]
    public required string DataBase64 { get; init; }
}
