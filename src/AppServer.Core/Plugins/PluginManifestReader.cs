using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Core.Plugins;

/// <summary>
/// Reads a plugin folder's manifest (<c>.codex-plugin/plugin.json</c>, or <c>.claude-plugin/plugin.json</c>).
/// Paths in it must be <c>./relative</c> and stay inside the plugin folder; others are ignored.
/// </summary>
internal static class PluginManifestReader
{
    private const int MaxDefaultPrompts = 3;
    private const int MaxDefaultPromptLength = 128;

    /// <summary>Manifest locations inside a plugin folder, in lookup order.</summary>
    public static readonly IReadOnlyList<string> ManifestRelativePaths = [".codex-plugin/plugin.json", ".claude-plugin/plugin.json"];

    /// <summary>The manifest of <paramref name="pluginRoot"/>, or null when it is missing or invalid.</summary>
    public static PluginManifest? TryLoad(string pluginRoot)
    {
        try
        {
            return Load(pluginRoot);
        }
        catch (PluginRequestException)
        {
            return null;
        }
    }

    /// <summary>Reads the manifest of <paramref name="pluginRoot"/>.</summary>
    /// <exception cref="PluginRequestException"><c>missing plugin.json</c> or <c>failed to parse plugin.json: ...</c>.</exception>
    public static PluginManifest Load(string pluginRoot)
    {
        var file = ManifestRelativePaths.Select(r => Path.Combine(pluginRoot, r)).FirstOrDefault(File.Exists)
            ?? throw new PluginRequestException("missing plugin.json");
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new PluginRequestException("failed to parse plugin.json: expected a JSON object");
        }
        catch (JsonException ex)
        {
            throw new PluginRequestException($"failed to parse plugin.json: {ex.Message}");
        }

        var name = Text(json["name"]) is { } n && n.Trim().Length > 0 ? n : Path.GetFileName(pluginRoot.TrimEnd('/'));
        return new PluginManifest
        {
            Name = name,
            Version = Text(json["version"])?.Trim() is { Length: > 0 } v ? v : null,
            Description = Text(json["description"]),
            Keywords = Strings(json["keywords"]),
            SkillRoots = SkillRoots(pluginRoot, json["skills"]),
            McpServerNames = McpServerNames(pluginRoot, json["mcpServers"]),
            Interface = ReadInterface(pluginRoot, json["interface"] as JsonObject),
        };
    }

    /// <summary>Resolves a manifest path (<c>./x</c>) inside <paramref name="root"/>; null when it is not one.</summary>
    public static string? Resolve(string root, string? path)
    {
        if (path is null || !path.StartsWith("./", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[2..].TrimEnd('/');
        if (relative.Length == 0 || relative.Split('/').Any(p => p is "" or "." or ".."))
        {
            return null;
        }

        return Path.Combine(root, relative);
    }

    private static IReadOnlyList<string> SkillRoots(string root, JsonNode? skills)
    {
        if (skills is null)
        {
            var fallback = Path.Combine(root, "skills");
            return Directory.Exists(fallback) ? [fallback] : [];
        }

        var declared = skills is JsonArray ? Strings(skills) : Text(skills) is { } one ? [one] : [];
        return declared.Select(p => Resolve(root, p)).OfType<string>().ToList();
    }

    private static IReadOnlyList<string> McpServerNames(string root, JsonNode? servers)
    {
        JsonObject? table = servers as JsonObject;
        if (table is null)
        {
            var file = servers is null ? Path.Combine(root, ".mcp.json") : Resolve(root, Text(servers));
            if (file is null || !File.Exists(file))
            {
                return [];
            }

            try
            {
                var parsed = JsonNode.Parse(File.ReadAllText(file)) as JsonObject;
                // Both {"mcpServers": {...}} and a bare server table are accepted.
                table = parsed?["mcpServers"] as JsonObject ?? parsed;
            }
            catch (JsonException)
            {
                return [];
            }
        }

        return table?.Where(p => p.Value is JsonObject).Select(p => p.Key).Order(StringComparer.Ordinal).ToList() ?? [];
    }

    private static PluginInterfaceInfo? ReadInterface(string root, JsonObject? json)
    {
        if (json is null)
        {
            return null;
        }

        var info = new PluginInterfaceInfo
        {
            DisplayName = Text(json["displayName"]),
            ShortDescription = Text(json["shortDescription"]),
            LongDescription = Text(json["longDescription"]),
            DeveloperName = Text(json["developerName"]),
            Category = Text(json["category"]),
            Capabilities = Strings(json["capabilities"]),
            WebsiteUrl = Text(json["websiteUrl"] ?? json["websiteURL"]),
            PrivacyPolicyUrl = Text(json["privacyPolicyUrl"] ?? json["privacyPolicyURL"]),
            TermsOfServiceUrl = Text(json["termsOfServiceUrl"] ?? json["termsOfServiceURL"]),
            DefaultPrompt = DefaultPrompts(json["defaultPrompt"]),
            BrandColor = Text(json["brandColor"]),
            ComposerIcon = Resolve(root, Text(json["composerIcon"])),
            Logo = Resolve(root, Text(json["logo"])),
            LogoDark = Resolve(root, Text(json["logoDark"])),
            Screenshots = Strings(json["screenshots"]).Select(s => Resolve(root, s)).OfType<string>().ToList(),
        };
        var empty = info.Capabilities.Count == 0 && info.Screenshots.Count == 0
            && new[] { info.DisplayName, info.ShortDescription, info.LongDescription, info.DeveloperName, info.Category, info.WebsiteUrl,
                       info.PrivacyPolicyUrl, info.TermsOfServiceUrl, info.BrandColor, info.ComposerIcon, info.Logo, info.LogoDark }.All(v => v is null)
            && info.DefaultPrompt is null;
        return empty ? null : info;
    }

    /// <summary>Whitespace is collapsed; empty or over-long prompts are dropped; at most three are kept.</summary>
    private static IReadOnlyList<string>? DefaultPrompts(JsonNode? node)
    {
        var raw = node is JsonArray ? Strings(node) : Text(node) is { } one ? [one] : [];
        var prompts = raw
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0 && p.Length <= MaxDefaultPromptLength)
            .Take(MaxDefaultPrompts)
            .ToList();
        return prompts.Count > 0 ? prompts : null;
    }

    private static IReadOnlyList<string> Strings(JsonNode? node)
        => (node as JsonArray)?.Select(Text).OfType<string>().ToList() ?? [];

    private static string? Text(JsonNode? node)
        => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
