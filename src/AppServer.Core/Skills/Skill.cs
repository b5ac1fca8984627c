namespace AppServer.Core.Skills;

/// <summary>Where a skill was found (mirrors the wire scopes).</summary>
public enum SkillScopeKind
{
    /// <summary>The repository's <c>.agents/skills</c> folders (project root down to cwd).</summary>
    Repo,

    /// <summary><c>$CODEX_HOME/skills</c>, <c>$HOME/.agents/skills</c> and extra roots.</summary>
    User,

    /// <summary>Skills bundled with the server.</summary>
    System,

    /// <summary>The system config folder's <c>skills</c> (administrator-installed).</summary>
    Admin,
}

/// <summary>Display metadata from a skill's <c>agents/openai.yaml</c> <c>interface</c> table.</summary>
public sealed record SkillInterfaceInfo(
    string? DisplayName,
    string? ShortDescription,
    string? IconSmall,
    string? IconLarge,
    string? BrandColor,
    string? DefaultPrompt);

/// <summary>One dependency from a skill's <c>agents/openai.yaml</c> <c>dependencies.tools</c> list.</summary>
public sealed record SkillToolDependencyInfo(string Type, string Value, string? Description, string? Transport, string? Command, string? Url);

/// <summary>A discovered skill: a folder whose <c>SKILL.md</c> front matter names and describes it.</summary>
public sealed record Skill
{
    /// <summary>Front matter <c>name</c>, else the folder name.</summary>
    public required string Name { get; init; }

    /// <summary>Front matter <c>description</c> (whitespace-trimmed).</summary>
    public required string Description { get; init; }

    /// <summary>Legacy <c>metadata.short-description</c>.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>Absolute path of the <c>SKILL.md</c> file.</summary>
    public required string Path { get; init; }

    /// <summary>Where it was found.</summary>
    public required SkillScopeKind Scope { get; init; }

    /// <summary>Display metadata, if the skill ships <c>agents/openai.yaml</c> with an <c>interface</c>.</summary>
    public SkillInterfaceInfo? Interface { get; init; }

    /// <summary>Declared dependencies, if any.</summary>
    public IReadOnlyList<SkillToolDependencyInfo>? Dependencies { get; init; }

    /// <summary>The installed plugin bundling it (<c>name@marketplace</c>), or null for a plain skill.</summary>
    public string? PluginId { get; init; }

    /// <summary>The folder holding <c>SKILL.md</c>.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}

/// <summary>A <c>SKILL.md</c> that could not be loaded, and why.</summary>
public sealed record SkillLoadError(string Path, string Message);

/// <summary>A skill together with its enablement for one cwd.</summary>
public sealed record SkillState(Skill Skill, bool Enabled);

/// <summary>What <see cref="SkillsService.List"/> returns for one cwd.</summary>
public sealed record SkillListing(string Cwd, IReadOnlyList<SkillState> Skills, IReadOnlyList<SkillLoadError> Errors);
