using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>Params of <c>model/list</c>.</summary>
public sealed class ModelListParams
{
    /// <summary>Opaque cursor from a previous page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size (default: everything).</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>Include models hidden from the default picker.</summary>
    [JsonPropertyName("includeHidden")]
    public bool? IncludeHidden { get; init; }

    /// <summary>List models for this configured provider instead of the default.</summary>
    [JsonPropertyName("modelProvider")]
    public string? ModelProvider { get; init; }
}
