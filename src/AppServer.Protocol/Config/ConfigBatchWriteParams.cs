using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Params of <c>config/batchWrite</c>: all edits apply, or none.</summary>
public sealed class ConfigBatchWriteParams
{
    /// <summary>The edits, applied in order.</summary>
    [JsonPropertyName("edits")]
    public required List<ConfigEdit> Edits { get; init; }

    /// <summary>Refuse the write unless the file still has this version.</summary>
    [JsonPropertyName("expectedVersion")]
    public string? ExpectedVersion { get; init; }

    /// <summary>The file to write; defaults to the user's <c>config.toml</c>.</summary>
    [JsonPropertyName("filePath")]
    [OsString]
    public string? FilePath { get; init; }

    /// <summary>Hot-reload runtime settings into loaded threads after writing.</summary>
    [JsonPropertyName("reloadUserConfig")]
    public bool ReloadUserConfig { get; init; }
}
