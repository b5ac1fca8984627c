using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>An image the agent looked at (<c>view_image</c>).</summary>
public sealed class ImageViewThreadItem : AppServer.Protocol.Items.ThreadItem
{
    /// <summary>Absolute path of the image.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }
}
