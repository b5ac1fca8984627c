using AppServer.Protocol.Items;

namespace AppServer.Core.Skills;

/// <summary>
/// Picks the skills a turn's input explicitly asks for, the way the reference does:
/// first the <c>skill</c> input items, matched by <c>SKILL.md</c> path against the enabled skills (in input
/// order); then <c>$name</c> mentions in the text items, in skill-list order — a linked mention
/// <c>[$name](path)</c> by path, a plain <c>$name</c> only when exactly one enabled skill has that name and no
/// <c>skill</c> item already used that name. A skill is picked at most once; disabled or unknown skills are
/// skipped silently. <c>mention</c> items never select a skill.
/// </summary>
internal static class SkillMentions
{
    private const string SkillPathPrefix = "skill://";

    // Shell variables people write in prompts; never treated as skill mentions.
    private static readonly HashSet<string> CommonEnvVars = new(StringComparer.OrdinalIgnoreCase)
    {
        "PATH", "HOME", "USER", "SHELL", "PWD", "TMPDIR", "TEMP", "TMP", "LANG", "TERM", "XDG_CONFIG_HOME",
    };

    /// <summary>The skills to inject for <paramref name="input"/>, in injection order.</summary>
    /// <param name="input">The turn's user input items.</param>
    /// <param name="skills">Every skill visible from the thread's cwd, in <c>skills/list</c> order.</param>
    public static IReadOnlyList<Skill> Select(IReadOnlyList<UserInput> input, IReadOnlyList<SkillState> skills)
    {
        var enabled = skills.Where(s => s.Enabled).Select(s => s.Skill).ToList();
        var nameCounts = enabled.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var selected = new List<Skill>();
        var seenPaths = new HashSet<string>(StringComparer.Ordinal);
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var blockedPlainNames = new HashSet<string>(StringComparer.Ordinal);

        foreach (var item in input.OfType<SkillUserInput>())
        {
            blockedPlainNames.Add(item.Name);
            var skill = enabled.FirstOrDefault(s => s.Path == item.Path);
            if (skill is not null && seenPaths.Add(skill.Path))
            {
                seenNames.Add(skill.Name);
                selected.Add(skill);
            }
        }

        foreach (var text in input.OfType<TextUserInput>())
        {
            var mentions = Parse(text.Text);
            foreach (var skill in enabled.Where(s => !seenPaths.Contains(s.Path) && mentions.Paths.Contains(s.Path)))
            {
                seenPaths.Add(skill.Path);
                seenNames.Add(skill.Name);
                selected.Add(skill);
            }

            foreach (var skill in enabled)
            {
                if (seenPaths.Contains(skill.Path)
                    || blockedPlainNames.Contains(skill.Name)
                    || !mentions.PlainNames.Contains(skill.Name)
                    || nameCounts[skill.Name] != 1
                    || !seenNames.Add(skill.Name))
                {
                    continue;
                }

                seenPaths.Add(skill.Path);
                selected.Add(skill);
            }
        }

        return selected;
    }

    /// <summary>The plain <c>$name</c> mentions and linked <c>[$name](path)</c> paths in one text.</summary>
    public static (HashSet<string> PlainNames, HashSet<string> Paths) Parse(string text)
    {
        var plainNames = new HashSet<string>(StringComparer.Ordinal);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] == '[' && TryParseLink(text, index, out var linkName, out var linkPath, out var end))
            {
                if (!CommonEnvVars.Contains(linkName))
                {
                    paths.Add(linkPath.StartsWith(SkillPathPrefix, StringComparison.Ordinal) ? linkPath[SkillPathPrefix.Length..] : linkPath);
                }

                index = end;
                continue;
            }

            if (text[index] != '$' || index + 1 >= text.Length || !IsNameChar(text[index + 1]))
            {
                index++;
                continue;
            }

            var nameEnd = ScanName(text, index + 1);
            var name = text[(index + 1)..nameEnd];
            if (!CommonEnvVars.Contains(name))
            {
                plainNames.Add(name);
            }

            index = nameEnd;
        }

        return (plainNames, paths);
    }

    // [$name](path) with optional spaces before "(" and around the path; the path must not be empty.
    private static bool TryParseLink(string text, int start, out string name, out string path, out int end)
    {
        name = path = "";
        end = start;
        var nameStart = start + 2;
        if (nameStart >= text.Length || text[start + 1] != '$' || !IsNameChar(text[nameStart]))
        {
            return false;
        }

        var nameEnd = ScanName(text, nameStart);
        if (nameEnd >= text.Length || text[nameEnd] != ']')
        {
            return false;
        }

        var open = nameEnd + 1;
        while (open < text.Length && text[open] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            open++;
        }

        if (open >= text.Length || text[open] != '(')
        {
            return false;
        }

        var close = text.IndexOf(')', open + 1);
        if (close < 0)
        {
            return false;
        }

        path = text[(open + 1)..close].Trim();
        if (path.Length == 0)
        {
            return false;
        }

        name = text[nameStart..nameEnd];
        end = close + 1;
        return true;
    }

    private static int ScanName(string text, int from)
    {
        var end = from;
        while (end < text.Length && IsNameChar(text[end]))
        {
            end++;
        }

        return end;
    }

    // Observed on codex 0.169.0: letters, digits, '_', '-' and ':' (plugin-namespaced skills) continue a name.
    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':';
}
