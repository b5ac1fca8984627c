using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/getMetadata</c>.</summary>
public sealed class FsGetMetadataParams
{
    /// <summary>Absolute path to inspect.</summary>
    [JsonPropertyName("path")]
    public required AbsolutePath Path { get; init; }
}
