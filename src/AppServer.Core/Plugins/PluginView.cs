namespace AppServer.Core.Plugins;

/// <summary>A marketplace plugin as a client sees it: its entry, its manifest (when readable) and its install state.</summary>
/// <param name="Marketplace">The marketplace listing it.</param>
/// <param name="Entry">Its marketplace entry.</param>
/// <param name="Manifest">Its <c>plugin.json</c> from the source folder; null when missing, invalid or remote.</param>
/// <param name="Installed">Whether a copy is in the install cache.</param>
/// <param name="Enabled">Installed and enabled in config.</param>
public sealed record PluginView(Marketplace Marketplace, MarketplacePlugin Entry, PluginManifest? Manifest, bool Installed, bool Enabled)
{
    /// <summary>The plugin's id (<c>name@marketplace</c>).</summary>
    public PluginId Id => new(Entry.Name, Marketplace.Name);

    /// <summary>The manifest's interface, with the marketplace entry's category winning over the manifest's.</summary>
    public PluginInterfaceInfo? Interface
        => Entry.Category is { } category
            ? (Manifest?.Interface ?? new PluginInterfaceInfo()) with { Category = category }
            : Manifest?.Interface;
}

/// <summary>A marketplace with the plugins a listing shows.</summary>
public sealed record MarketplaceView(Marketplace Marketplace, IReadOnlyList<PluginView> Plugins);

/// <summary>What a listing found: readable marketplaces (none empty) and the ones that failed to load.</summary>
public sealed record MarketplaceListing(IReadOnlyList<MarketplaceView> Marketplaces, IReadOnlyList<MarketplaceLoadError> Errors);
