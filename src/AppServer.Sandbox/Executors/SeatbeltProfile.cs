using System.Text;
using AppServer.Sandbox.Policies;

namespace AppServer.Sandbox.Executors;

/// <summary>
/// Builds the macOS Seatbelt (<c>sandbox-exec -p</c>) profile for a restricted policy: deny by default,
/// read everything but the hidden files, write only inside the writable roots minus their protected subpaths,
/// network only when allowed.
/// </summary>
public static class SeatbeltProfile
{
    /// <summary>The profile text.</summary>
    public static string Build(SandboxPolicy policy, IReadOnlyList<string> writableRoots, IReadOnlyList<string>? hiddenFiles = null, IReadOnlyList<string>? readOnlyPaths = null)
    {
        var profile = new StringBuilder();
        profile.AppendLine("(version 1)");
        profile.AppendLine("(deny default)");
        profile.AppendLine("(allow process-exec)");
        profile.AppendLine("(allow process-fork)");
        profile.AppendLine("(allow signal (target same-sandbox))");
        profile.AppendLine("(allow process-info* (target same-sandbox))");
        profile.AppendLine("(allow sysctl-read)");
        profile.AppendLine("(allow mach-lookup (global-name \"com.apple.system.opendirectoryd.libinfo\"))");
        profile.AppendLine("(allow file-read*)");
        profile.AppendLine("(allow file-write-data (require-all (path \"/dev/null\") (vnode-type CHARACTER-DEVICE)))");
        profile.AppendLine("(allow file-ioctl (regex #\"^/dev/ttys[0-9]+$\"))");
        profile.AppendLine("(allow pseudo-tty)");

        foreach (var root in writableRoots)
        {
            var excluded = string.Concat(WritableRoots.ProtectedNames.Select(name =>
                $" (require-not (subpath {Quote(Path.Combine(root, name))}))"));
            profile.AppendLine(excluded.Length == 0
                ? $"(allow file-write* (subpath {Quote(root)}))"
                : $"(allow file-write* (require-all (subpath {Quote(root)}){excluded}))");
        }

        if (policy.NetworkAccess)
        {
            profile.AppendLine("(allow network-outbound)");
            profile.AppendLine("(allow network-inbound)");
            profile.AppendLine("(allow system-socket)");
        }

        // Last, so they override the allows above (the last matching rule wins).
        foreach (var path in readOnlyPaths ?? [])
        {
            profile.AppendLine($"(deny file-write* (subpath {Quote(path)}))");
        }

        foreach (var path in hiddenFiles ?? [])
        {
            profile.AppendLine($"(deny file-read* file-write* (literal {Quote(path)}))");
        }

        return profile.ToString();
    }

    /// <summary>A Scheme string literal.</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
