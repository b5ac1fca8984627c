using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Who can discover a shared plugin.</summary>
public enum PluginShareDiscoverability
{
    /// <summary>Listed.</summary>
    [JsonStringEnumMemberName("LISTED")]
    Listed,

    /// <summary>Unlisted.</summary>
    [JsonStringEnumMemberName("UNLISTED")]
    Unlisted,

    /// <summary>Private.</summary>
    [JsonStringEnumMemberName("PRIVATE")]
    Private,
}
