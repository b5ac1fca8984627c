using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Discoverability a share can be updated to.</summary>
public enum PluginShareUpdateDiscoverability
{
    /// <summary>Unlisted.</summary>
    [JsonStringEnumMemberName("UNLISTED")]
    Unlisted,

    /// <summary>Private.</summary>
    [JsonStringEnumMemberName("PRIVATE")]
    Private,

    /// <summary>Listed.</summary>
    [JsonStringEnumMemberName("LISTED")]
    Listed,
}
