using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Core.Plugins;

/// <summary>
/// Reads marketplace manifests. A marketplace root holds its manifest at <c>.agents/plugins/marketplace.json</c>
/// (or, for Claude-style marketplaces, <c>.claude-plugin/marketplace.json</c>):
/// <code>{"name": "debug", "interface": {"displayName": "..."}, "plugins": [
///   {"name": "sample", "source": {"source": "local", "path": "./plugins/sample"},
///    "policy": {"installation": "AVAILABLE", "authentication": "ON_INSTALL"}, "category": "Dev"}]}</code>
/// A plugin's <c>source</c> may also be a bare <c>"./path"</c> string or a git source
/// (<c>{"source": "url" | "git-subdir", "url", "path", "ref", "sha"}</c>). Entries whose source is invalid or
/// unsupported (a local path that does not start with <c>./</c> or leaves the root, an unknown kind) are skipped,
/// like the reference does, so one bad entry never hides the rest.
/// </summary>
public static class MarketplaceReader
{
    /// <summary>Manifest locations inside a marketplace root, in lookup order.</summary>
    public static readonly IReadOnlyList<string> ManifestRelativePaths = [".agents/plugins/marketplace.json", ".claude-plugin/marketplace.json"];

    /// <summary>The manifest file inside <paramref name="root"/>, or null when there is none.</summary>
    public static string? FindManifest(string root)
        => ManifestRelativePaths.Select(r => Path.Combine(root, r)).FirstOrDefault(File.Exists);

    /// <summary>Reads the marketplace whose manifest is <paramref name="manifestPath"/>.</summary>
    /// <exception cref="PluginRequestException">The file is missing, not JSON, or not a marketplace manifest.</exception>
    public static Marketplace Load(string manifestPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(manifestPath);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PluginRequestException($"marketplace file `{manifestPath}` does not exist");
        }

        var root = RootOf(manifestPath)
            ?? throw Invalid(manifestPath, "marketplace file is not in a supported location");
        JsonObject json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject ?? throw Invalid(manifestPath, "expected a JSON object");
        }
        catch (JsonException ex)
        {
            throw Invalid(manifestPath, ex.Message);
        }

        var name = Text(json["name"]) ?? throw Invalid(manifestPath, "missing field `name`");
        if (json["plugins"] is not JsonArray entries)
        {
            throw Invalid(manifestPath, "missing field `plugins`");
        }

        if (!PluginId.IsValidSegment(name))
        {
            throw Invalid(manifestPath, $"invalid marketplace name `{name}`: only ASCII letters, digits, `-`, `_` and `.` are allowed");
        }

        var plugins = new List<MarketplacePlugin>();
        foreach (var entry in entries.OfType<JsonObject>())
        {
            if (ReadEntry(entry, root) is { } plugin)
            {
                plugins.Add(plugin);
            }
        }

        var displayName = Text((json["interface"] as JsonObject)?["displayName"]);
        return new Marketplace(name, manifestPath, root, displayName, plugins);
    }

    /// <summary>The marketplace root for a manifest path (the folder above the supported layout), or null.</summary>
    public static string? RootOf(string manifestPath)
    {
        foreach (var relative in ManifestRelativePaths)
        {
            var suffix = "/" + relative;
            if (manifestPath.EndsWith(suffix, StringComparison.Ordinal))
            {
                var root = manifestPath[..^suffix.Length];
                return root.Length == 0 ? "/" : root;
            }
        }

        return null;
    }

    private static MarketplacePlugin? ReadEntry(JsonObject entry, string root)
    {
        var name = Text(entry["name"]);
        if (name is null || !PluginId.IsValidSegment(name))
        {
            return null;
        }

        var source = ReadSource(entry["source"], root);
        if (source is null)
        {
            return null;
        }

        var policy = entry["policy"] as JsonObject;
        var install = Text(policy?["installation"]) switch
        {
            null or "AVAILABLE" => PluginInstallPolicyKind.Available,
            "NOT_AVAILABLE" => PluginInstallPolicyKind.NotAvailable,
            "INSTALLED_BY_DEFAULT" => PluginInstallPolicyKind.InstalledByDefault,
            _ => (PluginInstallPolicyKind?)null,
        };
        var auth = Text(policy?["authentication"]) switch
        {
            null or "ON_INSTALL" => PluginAuthPolicyKind.OnInstall,
            "ON_USE" => PluginAuthPolicyKind.OnUse,
            _ => (PluginAuthPolicyKind?)null,
        };
        if (install is null || auth is null)
        {
            return null;
        }

        return new MarketplacePlugin(name, source, install.Value, auth.Value, Text(entry["category"]));
    }

    private static PluginSourceInfo? ReadSource(JsonNode? source, string root)
    {
        if (source is JsonValue value && value.TryGetValue<string>(out var bare))
        {
            return LocalSource(bare, root);
        }

        if (source is not JsonObject obj)
        {
            return null;
        }

        return Text(obj["source"]) switch
        {
            "local" => Text(obj["path"]) is { } path ? LocalSource(path, root) : null,
            "url" or "git" => Text(obj["url"]) is { } url ? new GitPluginSourceInfo(url, Text(obj["path"]), Text(obj["ref"]), Text(obj["sha"])) : null,
            "git-subdir" => Text(obj["url"]) is { } url && Text(obj["path"]) is { } sub ? new GitPluginSourceInfo(url, sub, Text(obj["ref"]), Text(obj["sha"])) : null,
            _ => null,
        };
    }

    /// <summary>Local paths must be <c>./relative</c> and stay inside the marketplace root.</summary>
    private static LocalPluginSourceInfo? LocalSource(string path, string root)
    {
        if (!path.StartsWith("./", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[2..].TrimEnd('/');
        var parts = relative.Split('/');
        if (relative.Length == 0 || parts.Any(p => p is "" or "." or ".."))
        {
            return null;
        }

        return new LocalPluginSourceInfo(Path.Combine(root, relative));
    }

    private static PluginRequestException Invalid(string path, string message)
        => new($"invalid marketplace file `{path}`: {message}");

    private static string? Text(JsonNode? node)
        => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
