using System.Text.Json.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary>PTY size in character cells.</summary>
public sealed class CommandExecTerminalSize
{
    /// <summary>Terminal height in rows.</summary>
    [JsonPropertyName("rows")]
    public required ushort Rows { get; init; }

    /// <summary>Terminal width in columns.</summary>
    [JsonPropertyName("cols")]
    public required ushort Cols { get; init; }
}
