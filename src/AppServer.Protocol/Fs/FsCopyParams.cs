using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/copy</c>.</summary>
public sealed class FsCopyParams
{
    /// <summary>Absolute source path.</summary>
    [JsonPropertyName("sourcePath")]
    public required AbsolutePath SourcePath { get; init; }

    /// <summary>Absolute destination path.</summary>
    [JsonPropertyName("destinationPath")]
    public required AbsolutePath DestinationPath { get; init; }

    /// <summary>Required for directory copies; ignored for files.</summary>
    [JsonPropertyName("recursive")]
    public bool Recursive { get; init; }
}
