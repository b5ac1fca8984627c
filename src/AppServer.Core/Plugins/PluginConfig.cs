using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Toml;
using AppServer.Config.Writing;

namespace AppServer.Core.Plugins;

/// <summary>A marketplace recorded in the user config by <c>marketplace/add</c>.</summary>
/// <param name="Name">The marketplace name (the <c>[marketplaces.NAME]</c> key).</param>
/// <param name="SourceType"><c>local</c> or <c>git</c>.</param>
/// <param name="Source">The local folder, or the git URL.</param>
/// <param name="RefName">The git ref (<c>ref</c>), if one was asked for.</param>
/// <param name="SparsePaths">Git sparse-checkout paths (<c>sparse_paths</c>).</param>
public sealed record ConfiguredMarketplace(string Name, string SourceType, string Source, string? RefName, IReadOnlyList<string> SparsePaths)
{
    /// <summary>Whether this marketplace is a git checkout managed by the server.</summary>
    public bool IsGit => SourceType == "git";
}

/// <summary>
/// The plugin parts of the user <c>config.toml</c>, edited through <see cref="ConfigService"/> so comments and
/// layout survive: <c>[marketplaces.NAME]</c> (<c>source_type</c>, <c>source</c>, <c>ref</c>, <c>sparse_paths</c>)
/// and <c>[plugins."name@marketplace"]</c> (<c>enabled</c>).
/// </summary>
public sealed class PluginConfig(ConfigService config)
{
    /// <summary>The marketplaces recorded in the user config, by name.</summary>
    public IReadOnlyList<ConfiguredMarketplace> Marketplaces()
    {
        if (JsonTree.Get(config.Load().UserLayer.Values, ["marketplaces"]) is not JsonObject table)
        {
            return [];
        }

        var result = new List<ConfiguredMarketplace>();
        foreach (var (name, node) in table)
        {
            if (node is JsonObject entry && Text(entry["source_type"]) is { } type && Text(entry["source"]) is { } source)
            {
                var sparse = (entry["sparse_paths"] as JsonArray)?.Select(Text).OfType<string>().ToList() ?? [];
                result.Add(new ConfiguredMarketplace(name, type, source, Text(entry["ref"]), sparse));
            }
        }

        return result;
    }

    /// <summary>Records (or replaces) a marketplace entry.</summary>
    public Task RecordMarketplaceAsync(ConfiguredMarketplace marketplace, CancellationToken cancellationToken)
    {
        var entry = new JsonObject { ["source_type"] = marketplace.SourceType, ["source"] = marketplace.Source };
        if (marketplace.RefName is not null)
        {
            entry["ref"] = marketplace.RefName;
        }

        if (marketplace.SparsePaths.Count > 0)
        {
            entry["sparse_paths"] = new JsonArray(marketplace.SparsePaths.Select(p => (JsonNode?)p).ToArray());
        }

        return WriteAsync([new ConfigEdit(MarketplaceKey(marketplace.Name), entry, ConfigMergeStrategy.Replace)], cancellationToken);
    }

    /// <summary>Deletes a marketplace entry.</summary>
    public Task RemoveMarketplaceAsync(string name, CancellationToken cancellationToken)
        => RemoveEntryAsync("marketplaces", name, cancellationToken);

    /// <summary>The <c>enabled</c> flag of a plugin's config entry; null when it has no entry.</summary>
    public bool? Enabled(PluginId id) => Enabled(config.Load().Merged, id);

    /// <summary>The <c>enabled</c> flag of a plugin's entry in an already-loaded config tree.</summary>
    public static bool? Enabled(JsonObject merged, PluginId id)
        => JsonTree.Get(merged, ["plugins", id.ToString()]) is JsonObject entry
            ? entry["enabled"] is JsonValue v && v.TryGetValue<bool>(out var on) ? on : true
            : null;

    /// <summary>The ids of every plugin with a config entry that is enabled.</summary>
    public IReadOnlyList<PluginId> EnabledPlugins()
    {
        var merged = config.Load().Merged;
        if (JsonTree.Get(merged, ["plugins"]) is not JsonObject table)
        {
            return [];
        }

        return table.Select(p => PluginId.TryParse(p.Key)).OfType<PluginId>().Where(id => Enabled(merged, id) == true).ToList();
    }

    /// <summary>Writes <c>[plugins."id"] enabled = true</c>.</summary>
    public Task EnableAsync(PluginId id, CancellationToken cancellationToken)
        => WriteAsync([new ConfigEdit($"plugins.\"{id}\".enabled", true, ConfigMergeStrategy.Upsert)], cancellationToken);

    /// <summary>Deletes a plugin's config entry.</summary>
    public Task RemovePluginAsync(PluginId id, CancellationToken cancellationToken)
        => RemoveEntryAsync("plugins", id.ToString(), cancellationToken);

    /// <summary>Deletes <c>[table."key"]</c>; the whole table goes when that was its last entry, so no empty <c>[table]</c> header is left behind.</summary>
    private Task RemoveEntryAsync(string table, string key, CancellationToken cancellationToken)
    {
        var existing = JsonTree.Get(config.Load().UserLayer.Values, [table]) as JsonObject;
        if (existing is null || !existing.ContainsKey(key))
        {
            return Task.CompletedTask;
        }

        var path = existing.Count == 1 ? table : $"{table}.\"{key}\"";
        return WriteAsync([new ConfigEdit(path, null, ConfigMergeStrategy.Replace)], cancellationToken);
    }

    private async Task WriteAsync(IReadOnlyList<ConfigEdit> edits, CancellationToken cancellationToken)
    {
        try
        {
            await config.WriteAsync(edits, null, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigWriteException ex)
        {
            // A broken user config.toml is the user's to fix; say so rather than failing obscurely.
            throw new PluginRequestException($"failed to update user config.toml: {ex.Message}");
        }
    }

    private static string MarketplaceKey(string name) => $"marketplaces.\"{name}\"";

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
