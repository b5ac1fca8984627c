using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/install</c>.</summary>
public sealed class PluginInstallParams
{
    /// <summary>Plugin name.</summary>
    [JsonPropertyName("pluginName")]
    public required string PluginName { get; init; }

    /// <summary>The local marketplace file.</summary>
    [JsonPropertyName("marketplacePath")]
    [OsString]
    public string? MarketplacePath { get; init; }

    /// <summary>A remote marketplace.</summary>
    [JsonPropertyName("remoteMarketplaceName")]
    public string? RemoteMarketplaceName { get; init; }

    /// <summary>Client id of this attempt.</summary>
    [JsonPropertyName("installAttemptId")]
    public string? InstallAttemptId { get; init; }
}
