using System.Text;

namespace AppServer.Agent.Turns;

/// <summary>
/// Finds the user's instructions: <c>$CODEX_HOME/AGENTS.md</c>, then every AGENTS.md (or a fallback file name)
/// from the project root down to cwd, within <c>project_doc_max_bytes</c>.
/// </summary>
public sealed class AgentsMdLoader(string codexHome, long maxBytes, IReadOnlyList<string> fallbackFilenames, IReadOnlyList<string> projectRootMarkers)
{
    private const string FileName = "AGENTS.md";
    private const string OverrideFileName = "AGENTS.override.md";

    /// <summary>The "# AGENTS.md instructions for &lt;cwd&gt;" text, or null when there are no instructions.</summary>
    public string? Load(string cwd)
    {
        var global = ReadGlobal();
        var project = ReadProjectDocs(cwd);
        if (global is null && project is null)
        {
            return null;
        }

        var body = new StringBuilder();
        if (global is not null)
        {
            body.Append(global);
        }

        if (project is not null)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n--- project-doc ---\n\n");
            }

            body.Append(project);
        }

        return $"# AGENTS.md instructions for {cwd}\n\n<INSTRUCTIONS>\n{body}\n</INSTRUCTIONS>";
    }

    private string? ReadGlobal()
    {
        foreach (var name in (ReadOnlySpan<string>)[OverrideFileName, FileName])
        {
            var path = Path.Combine(codexHome, name);
            if (File.Exists(path))
            {
                var text = File.ReadAllText(path).Trim();
                return text.Length == 0 ? null : text;
            }
        }

        return null;
    }

    private string? ReadProjectDocs(string cwd)
    {
        if (maxBytes <= 0 || !Directory.Exists(cwd))
        {
            return null;
        }

        var parts = new List<string>();
        long remaining = maxBytes;
        foreach (var dir in FoldersFromRootToCwd(cwd))
        {
            var file = FindDoc(dir);
            if (file is null)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            if (bytes.Length > remaining)
            {
                bytes = bytes[..(int)remaining];
            }

            remaining -= bytes.Length;
            var text = Encoding.UTF8.GetString(bytes).Trim();
            if (text.Length > 0)
            {
                parts.Add(text);
            }

            if (remaining <= 0)
            {
                break;
            }
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }

    private string? FindDoc(string dir)
    {
        foreach (var name in (IEnumerable<string>)[OverrideFileName, FileName, .. fallbackFilenames])
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The project root (nearest ancestor with a root marker, else cwd itself) down to cwd.</summary>
    private IEnumerable<string> FoldersFromRootToCwd(string cwd)
    {
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(cwd); dir is not null; dir = dir.Parent)
        {
            chain.Add(dir.FullName);
            if (projectRootMarkers.Any(marker => Path.Exists(Path.Combine(dir.FullName, marker))))
            {
                chain.Reverse();
                return chain;
            }
        }

        return [cwd];
    }
}
