using System.Text.Json.Nodes;

namespace AppServer.Core.Skills;

/// <summary>
/// Reads one skill folder: the <c>SKILL.md</c> front matter (between <c>---</c> lines) and the optional
/// <c>agents/openai.yaml</c>. Errors are returned, not thrown, so one bad skill never hides the others.
/// </summary>
internal static class SkillFileReader
{
    /// <summary>The file that makes a folder a skill.</summary>
    public const string SkillFileName = "SKILL.md";

    /// <summary>Reads <paramref name="skillFile"/>; returns the skill or an error.</summary>
    public static (Skill? Skill, SkillLoadError? Error) Read(string skillFile, SkillScopeKind scope)
    {
        string text;
        try
        {
            text = File.ReadAllText(skillFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new SkillLoadError(skillFile, $"failed to read file: {ex.Message}"));
        }

        var frontMatter = ExtractFrontMatter(text);
        if (frontMatter is null)
        {
            return (null, new SkillLoadError(skillFile, "missing YAML frontmatter delimited by ---"));
        }

        JsonObject yaml;
        try
        {
            yaml = SimpleYaml.Parse(frontMatter);
        }
        catch (FormatException ex)
        {
            return (null, new SkillLoadError(skillFile, $"invalid YAML: {ex.Message}"));
        }

        var description = Text(yaml["description"]);
        if (description is null)
        {
            return (null, new SkillLoadError(skillFile, "missing field `description`"));
        }

        var folder = Path.GetDirectoryName(skillFile)!;
        var name = Text(yaml["name"]) is { Length: > 0 } n ? n : Path.GetFileName(folder);
        var metadata = yaml["metadata"] as JsonObject;
        var (iface, dependencies) = ReadAgentsYaml(folder);
        return (new Skill
        {
            Name = name.Trim(),
            Description = description.Trim(),
            ShortDescription = Text(metadata?["short-description"])?.Trim(),
            Path = skillFile,
            Scope = scope,
            Interface = iface,
            Dependencies = dependencies,
        }, null);
    }

    /// <summary>The text between an opening <c>---</c> first line and the next <c>---</c> line, or null.</summary>
    public static string? ExtractFrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return string.Join('\n', lines[1..i]);
            }
        }

        return null;
    }

    /// <summary>The <c>SKILL.md</c> text after the front matter (what a turn injects as instructions).</summary>
    public static string Body(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return text;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return string.Join('\n', lines[(i + 1)..]).Trim('\n');
            }
        }

        return text;
    }

    private static (SkillInterfaceInfo?, IReadOnlyList<SkillToolDependencyInfo>?) ReadAgentsYaml(string folder)
    {
        var file = Path.Combine(folder, "agents", "openai.yaml");
        JsonObject yaml;
        try
        {
            if (!File.Exists(file))
            {
                return (null, null);
            }

            yaml = SimpleYaml.Parse(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Display metadata is optional: a broken openai.yaml leaves the skill usable without it.
            return (null, null);
        }

        SkillInterfaceInfo? iface = null;
        if (yaml["interface"] is JsonObject i)
        {
            iface = new SkillInterfaceInfo(
                Text(i["display_name"]),
                Text(i["short_description"]),
                Icon(folder, Text(i["icon_small"])),
                Icon(folder, Text(i["icon_large"])),
                Text(i["brand_color"]),
                Text(i["default_prompt"]));
        }

        List<SkillToolDependencyInfo>? dependencies = null;
        if (yaml["dependencies"] is JsonObject { } deps && deps["tools"] is JsonArray tools)
        {
            dependencies = tools.OfType<JsonObject>()
                .Where(t => Text(t["type"]) is not null && Text(t["value"]) is not null)
                .Select(t => new SkillToolDependencyInfo(
                    Text(t["type"])!, Text(t["value"])!, Text(t["description"]), Text(t["transport"]), Text(t["command"]), Text(t["url"])))
                .ToList();
        }

        return (iface, dependencies);
    }

    /// <summary>An icon path relative to the skill folder, made absolute; null unless the file exists inside the folder.</summary>
    private static string? Icon(string folder, string? relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string? Text(JsonNode? node)
        => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
