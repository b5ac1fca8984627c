using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Params of <c>config/read</c>.</summary>
public sealed class ConfigReadParams
{
    /// <summary>Also return every layer (highest precedence first).</summary>
    [JsonPropertyName("includeLayers")]
    public bool IncludeLayers { get; init; }

    /// <summary>Resolve project layers as seen from this folder (default: the server's cwd).</summary>
    [JsonPropertyName("cwd")]
    [OsString]
    public string? Cwd { get; init; }
}
