namespace AppServer.Core.Plugins;

/// <summary>Whether a marketplace plugin may be installed (<c>policy.installation</c>).</summary>
public enum PluginInstallPolicyKind
{
    /// <summary><c>NOT_AVAILABLE</c>: listed but not installable.</summary>
    NotAvailable,

    /// <summary><c>AVAILABLE</c> (the default).</summary>
    Available,

    /// <summary><c>INSTALLED_BY_DEFAULT</c>.</summary>
    InstalledByDefault,
}

/// <summary>When a plugin's apps ask for authentication (<c>policy.authentication</c>).</summary>
public enum PluginAuthPolicyKind
{
    /// <summary><c>ON_INSTALL</c> (the default).</summary>
    OnInstall,

    /// <summary><c>ON_USE</c>.</summary>
    OnUse,
}

/// <summary>Where a marketplace entry's plugin files come from.</summary>
public abstract record PluginSourceInfo;

/// <summary>A folder inside the marketplace root.</summary>
public sealed record LocalPluginSourceInfo(string Path) : PluginSourceInfo;

/// <summary>A git repository (optionally a sub-folder of it at a ref or sha).</summary>
public sealed record GitPluginSourceInfo(string Url, string? Path, string? RefName, string? Sha) : PluginSourceInfo;

/// <summary>One plugin listed by a marketplace manifest.</summary>
public sealed record MarketplacePlugin(
    string Name,
    PluginSourceInfo Source,
    PluginInstallPolicyKind InstallPolicy,
    PluginAuthPolicyKind AuthPolicy,
    string? Category);

/// <summary>A marketplace: a folder whose manifest names it and lists plugins.</summary>
/// <param name="Name">The manifest's <c>name</c>.</param>
/// <param name="ManifestPath">Absolute path of the manifest file.</param>
/// <param name="Root">The marketplace folder (local plugin paths are relative to it).</param>
/// <param name="DisplayName">The manifest's <c>interface.displayName</c>.</param>
/// <param name="Plugins">Valid plugin entries, in manifest order (invalid ones are skipped).</param>
public sealed record Marketplace(string Name, string ManifestPath, string Root, string? DisplayName, IReadOnlyList<MarketplacePlugin> Plugins);

/// <summary>A marketplace manifest that could not be read, and why.</summary>
public sealed record MarketplaceLoadError(string ManifestPath, string Message);
