using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>An image given by URL (http(s) or <c>data:</c>) or by uploaded file id.</summary>
public sealed class ImageUserInput : UserInput
{
    /// <summary>Image URL, when given by URL.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    /// <summary>Uploaded file id, when given by id.</summary>
    [JsonPropertyName("fileId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FileId { get; init; }

    /// <summary><c>auto</c>, <c>low</c>, <c>high</c> or <c>original</c>.</summary>
    [JsonPropertyName("detail")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }
}
