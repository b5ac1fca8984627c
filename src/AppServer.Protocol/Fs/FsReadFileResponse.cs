using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary>Result of <c>fs/readFile</c>.</summary>
public sealed class FsReadFileResponse
{
    /// <summary>File contents; written as a base64 string straight into the output buffer.</summary>
    [JsonPropertyName("dataBase64")]
    public required byte[] DataBase64 { get; init; }
}
