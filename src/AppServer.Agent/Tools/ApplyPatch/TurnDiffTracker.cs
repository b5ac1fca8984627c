using System.Security.Cryptography;
using System.Text;

namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>
/// Remembers what every file a turn's patches touched looked like when the turn first touched it, and
/// renders the whole turn's change as one git-style diff (<c>turn/diff/updated</c>). Paths are relative to
/// the turn's cwd; paths outside it keep their absolute form (<c>a//abs/path</c>).
/// </summary>
public sealed class TurnDiffTracker(string cwd)
{
    private readonly SortedDictionary<string, string?> _baseline = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Records the starting content of every path <paramref name="plan"/> will touch (first touch wins).</summary>
    public void Track(PatchPlan plan)
    {
        lock (_gate)
        {
            foreach (var change in plan.Changes)
            {
                foreach (var path in change.TouchedPaths)
                {
                    if (!_baseline.ContainsKey(path))
                    {
                        _baseline[path] = path == change.Path && change.Kind != FileChangeKind.Add ? change.OldContent : ReadOrNull(path);
                    }
                }
            }
        }
    }

    /// <summary>True once any patch has been tracked.</summary>
    public bool HasChanges
    {
        get
        {
            lock (_gate)
            {
                return _baseline.Count > 0;
            }
        }
    }

    /// <summary>The aggregated diff of every tracked file, baseline against what is on disk now.</summary>
    public string Render()
    {
        KeyValuePair<string, string?>[] entries;
        lock (_gate)
        {
            entries = [.. _baseline];
        }

        var sb = new StringBuilder();
        foreach (var (path, before) in entries)
        {
            var after = ReadOrNull(path);
            if (before == after)
            {
                continue;
            }

            var name = DisplayName(path);
            sb.Append("diff --git a/").Append(name).Append(" b/").Append(name).Append('\n');
            if (before is null)
            {
                sb.Append("new file mode 100644\n").Append("index ").Append(new string('0', 40)).Append("..").Append(BlobId(after!)).Append('\n');
                sb.Append("--- /dev/null\n+++ b/").Append(name).Append('\n');
            }
            else if (after is null)
            {
                sb.Append("deleted file mode 100644\n").Append("index ").Append(BlobId(before)).Append("..").Append(new string('0', 40)).Append('\n');
                sb.Append("--- a/").Append(name).Append("\n+++ /dev/null\n");
            }
            else
            {
                sb.Append("index ").Append(BlobId(before)).Append("..").Append(BlobId(after)).Append('\n');
                sb.Append("--- a/").Append(name).Append("\n+++ b/").Append(name).Append('\n');
            }

            sb.Append(LineDiff.Hunks(before ?? "", after ?? ""));
        }

        return sb.ToString();
    }

    private string DisplayName(string path)
    {
        var relative = Path.GetRelativePath(cwd, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>The git blob id of <paramref name="content"/> (sha1 of <c>blob &lt;len&gt;\0content</c>).</summary>
    public static string BlobId(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. bytes]));
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
