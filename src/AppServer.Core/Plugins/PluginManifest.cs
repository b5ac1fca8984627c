namespace AppServer.Core.Plugins;

/// <summary>Display metadata from a plugin manifest's <c>interface</c> (asset paths resolved to absolute paths).</summary>
public sealed record PluginInterfaceInfo
{
    /// <summary><c>displayName</c>.</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>shortDescription</c>.</summary>
    public string? ShortDescription { get; init; }

    /// <summary><c>longDescription</c>.</summary>
    public string? LongDescription { get; init; }

    /// <summary><c>developerName</c>.</summary>
    public string? DeveloperName { get; init; }

    /// <summary><c>category</c> (a marketplace entry's category wins over it).</summary>
    public string? Category { get; init; }

    /// <summary><c>capabilities</c>.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary><c>websiteUrl</c> (or <c>websiteURL</c>).</summary>
    public string? WebsiteUrl { get; init; }

    /// <summary><c>privacyPolicyUrl</c>.</summary>
    public string? PrivacyPolicyUrl { get; init; }

    /// <summary><c>termsOfServiceUrl</c>.</summary>
    public string? TermsOfServiceUrl { get; init; }

    /// <summary><c>defaultPrompt</c>: a string or up to three strings.</summary>
    public IReadOnlyList<string>? DefaultPrompt { get; init; }

    /// <summary><c>brandColor</c>.</summary>
    public string? BrandColor { get; init; }

    /// <summary><c>composerIcon</c>, absolute.</summary>
    public string? ComposerIcon { get; init; }

    /// <summary><c>logo</c>, absolute.</summary>
    public string? Logo { get; init; }

    /// <summary><c>logoDark</c>, absolute.</summary>
    public string? LogoDark { get; init; }

    /// <summary><c>screenshots</c>, absolute.</summary>
    public IReadOnlyList<string> Screenshots { get; init; } = [];
}

/// <summary>A plugin's <c>.codex-plugin/plugin.json</c>, with paths resolved against the plugin folder.</summary>
public sealed record PluginManifest
{
    /// <summary><c>name</c> (the folder name when empty).</summary>
    public required string Name { get; init; }

    /// <summary><c>version</c> (trimmed; null when empty).</summary>
    public string? Version { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>keywords</c>.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Folders holding the plugin's skills (<c>skills</c>, default <c>./skills</c>).</summary>
    public IReadOnlyList<string> SkillRoots { get; init; } = [];

    /// <summary>Names of the MCP servers it bundles (<c>mcpServers</c>: inline or a file, default <c>./.mcp.json</c>).</summary>
    public IReadOnlyList<string> McpServerNames { get; init; } = [];

    /// <summary>Display metadata, when the manifest has any.</summary>
    public PluginInterfaceInfo? Interface { get; init; }
}
