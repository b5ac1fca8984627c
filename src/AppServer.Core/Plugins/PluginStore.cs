namespace AppServer.Core.Plugins;

/// <summary>
/// Installed plugin files: <c>$CODEX_HOME/plugins/cache/MARKETPLACE/PLUGIN/VERSION</c> (<c>local</c> when the
/// manifest has no version), one version per plugin. Installs copy into a staging folder next to the target
/// and rename it into place, so a reader never sees a half-copied plugin.
/// </summary>
public sealed class PluginStore(string cacheRoot)
{
    /// <summary>The version folder name used when a manifest has no version.</summary>
    public const string UnversionedFolder = "local";

    /// <summary>The cache root (<c>$CODEX_HOME/plugins/cache</c>).</summary>
    public string CacheRoot { get; } = cacheRoot;

    /// <summary>The installed folder of <paramref name="id"/>, or null when it is not installed.</summary>
    public string? InstalledPath(PluginId id)
    {
        var folder = PluginFolder(id);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        return Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .LastOrDefault();
    }

    /// <summary>Copies <paramref name="sourceFolder"/> in as the installed <paramref name="version"/> of <paramref name="id"/>, replacing any other version.</summary>
    /// <returns>The installed folder.</returns>
    public string Install(PluginId id, string sourceFolder, string? version)
    {
        var folder = PluginFolder(id);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, version is { } v && PluginId.IsValidSegment(v) ? v : UnversionedFolder);
        var staging = Path.Combine(folder, ".staging-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyTree(sourceFolder, staging);
            var old = Directory.Exists(target) ? Path.Combine(folder, ".old-" + Guid.NewGuid().ToString("N")) : null;
            if (old is not null)
            {
                Directory.Move(target, old);
            }

            Directory.Move(staging, target);
            foreach (var other in Directory.EnumerateDirectories(folder).Where(d => d != target))
            {
                Directory.Delete(other, recursive: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return target;
    }

    /// <summary>Deletes every installed version of <paramref name="id"/>; false when nothing was installed.</summary>
    public bool Uninstall(PluginId id)
    {
        var folder = PluginFolder(id);
        if (!Directory.Exists(folder))
        {
            return false;
        }

        Directory.Delete(folder, recursive: true);
        return true;
    }

    /// <summary>Copies a folder tree; symbolic links are copied as links, never followed out of the plugin.</summary>
    public static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(destination, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo dir)
            {
                CopyTree(dir.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }

    private string PluginFolder(PluginId id) => Path.Combine(CacheRoot, id.MarketplaceName, id.PluginName);
}
