using System.Text.Json.Serialization;

namespace AppServer.Protocol.Apps;

/// <summary>Result of <c>app/installed</c>.</summary>
public sealed class AppsInstalledResponse
{
    /// <summary>Installed connectors.</summary>
    [JsonPropertyName("apps")]
    public required IReadOnlyList<InstalledApp> Apps { get; init; }
}
