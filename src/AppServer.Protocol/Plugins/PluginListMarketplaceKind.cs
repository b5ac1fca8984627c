using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Kinds of plugin marketplace a client can ask for.</summary>
public enum PluginListMarketplaceKind
{
    /// <summary>Marketplaces in local folders.</summary>
    [JsonStringEnumMemberName("local")]
    Local,

    /// <summary>Vertical (remote) catalogs.</summary>
    [JsonStringEnumMemberName("vertical")]
    Vertical,

    /// <summary>Workspace directory (remote).</summary>
    [JsonStringEnumMemberName("workspace-directory")]
    WorkspaceDirectory,

    /// <summary>Shared with me (remote).</summary>
    [JsonStringEnumMemberName("shared-with-me")]
    SharedWithMe,

    /// <summary>Created by me (remote).</summary>
    [JsonStringEnumMemberName("created-by-me-remote")]
    CreatedByMeRemote,
}
