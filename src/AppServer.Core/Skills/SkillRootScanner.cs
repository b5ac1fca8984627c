namespace AppServer.Core.Skills;

/// <summary>
/// Finds the skills under one root: every folder holding a <c>SKILL.md</c> (searched a few levels deep, hidden
/// folders skipped, a skill's own sub-folders not searched further).
/// </summary>
public static class SkillRootScanner
{
    /// <summary>How deep below a root a <c>SKILL.md</c> is looked for (also stops symlink loops).</summary>
    public const int MaxDepth = 6;

    /// <summary>The skills and errors under <paramref name="root"/>; a missing root yields nothing.</summary>
    public static (IReadOnlyList<Skill> Skills, IReadOnlyList<SkillLoadError> Errors) Scan(SkillRoot root)
    {
        var skills = new List<Skill>();
        var errors = new List<SkillLoadError>();
        if (Directory.Exists(root.Path))
        {
            Walk(root.Path, root.Scope, 0, skills, errors);
        }

        return (skills, errors);
    }

    private static void Walk(string folder, SkillScopeKind scope, int depth, List<Skill> skills, List<SkillLoadError> errors)
    {
        var skillFile = Path.Combine(folder, SkillFileReader.SkillFileName);
        if (depth > 0 && File.Exists(skillFile))
        {
            var (skill, error) = SkillFileReader.Read(skillFile, scope);
            if (skill is not null)
            {
                skills.Add(skill);
            }

            if (error is not null)
            {
                errors.Add(error);
            }

            return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        IEnumerable<string> children;
        try
        {
            children = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var child in children)
        {
            if (!Path.GetFileName(child).StartsWith('.'))
            {
                Walk(child, scope, depth + 1, skills, errors);
            }
        }
    }
}
