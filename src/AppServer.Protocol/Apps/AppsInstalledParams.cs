using System.Text.Json.Serialization;

namespace AppServer.Protocol.Apps;

/// <summary>Params of <c>app/installed</c>.</summary>
public sealed class AppsInstalledParams
{
    /// <summary>Refresh the connector snapshot first.</summary>
    [JsonPropertyName("forceRefresh")]
    public bool ForceRefresh { get; init; }

    /// <summary>Evaluate configuration from this thread.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
