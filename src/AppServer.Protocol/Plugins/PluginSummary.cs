using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A plugin as listed by a marketplace.</summary>
public sealed class PluginSummary
{
    /// <summary><c>name@marketplace</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Backend plugin id (remote catalog only).</summary>
    [JsonPropertyName("remotePluginId")]
    public string? RemotePluginId { get; init; }

    /// <summary>Version advertised by a remote catalog.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Version in the local plugin manifest.</summary>
    [JsonPropertyName("localVersion")]
    public string? LocalVersion { get; init; }

    /// <summary>Plugin name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Remote sharing context.</summary>
    [JsonPropertyName("shareContext")]
    public PluginShareContext? ShareContext { get; init; }

    /// <summary>Where its files come from.</summary>
    [JsonPropertyName("source")]
    public required PluginSource Source { get; init; }

    /// <summary>Whether it is installed.</summary>
    [JsonPropertyName("installed")]
    public required bool Installed { get; init; }

    /// <summary>Remote install time (Unix seconds).</summary>
    [JsonPropertyName("installedAt")]
    public long? InstalledAt { get; init; }

    /// <summary>Installed and enabled in config.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>Whether it can be installed.</summary>
    [JsonPropertyName("installPolicy")]
    public required PluginInstallPolicy InstallPolicy { get; init; }

    /// <summary>Where a remote install policy comes from.</summary>
    [JsonPropertyName("installPolicySource")]
    public PluginInstallPolicySource? InstallPolicySource { get; init; }

    /// <summary>Remote catalog hint.</summary>
    [JsonPropertyName("mustShowInstallationInterstitial")]
    public bool? MustShowInstallationInterstitial { get; init; }

    /// <summary>When its apps authenticate.</summary>
    [JsonPropertyName("authPolicy")]
    public required PluginAuthPolicy AuthPolicy { get; init; }

    /// <summary>Availability.</summary>
    [JsonPropertyName("availability")]
    public PluginAvailability Availability { get; init; } = PluginAvailability.Available;

    /// <summary>Why a remote plugin is unavailable.</summary>
    [JsonPropertyName("disabledReason")]
    public PluginDisabledReason? DisabledReason { get; init; }

    /// <summary>Plans eligible to install it (remote).</summary>
    [JsonPropertyName("eligiblePlanTypes")]
    public IReadOnlyList<string>? EligiblePlanTypes { get; init; }

    /// <summary>Display metadata.</summary>
    [JsonPropertyName("interface")]
    public PluginInterface? Interface { get; init; }

    /// <summary>Keywords from its manifest.</summary>
    [JsonPropertyName("keywords")]
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
