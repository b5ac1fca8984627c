using System.Text;
using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Turns;

/// <summary>The <c>&lt;environment_context&gt;</c> block: cwd, shell, date, timezone and filesystem permissions.</summary>
public sealed record EnvironmentContext(string Cwd, string Shell, string CurrentDate, string Timezone, SandboxModeKind SandboxMode, bool NetworkAccess, IReadOnlyList<string> WritableRoots)
{
    public static EnvironmentContext For(TurnSettings settings, DateTimeOffset now)
    {
        var shell = Path.GetFileName(Environment.GetEnvironmentVariable("SHELL") ?? "bash");
        return new EnvironmentContext(
            settings.Cwd,
            string.IsNullOrEmpty(shell) ? "bash" : shell,
            now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            LocalTimezone(),
            settings.SandboxMode,
            settings.NetworkAccess,
            settings.WritableRoots);
    }

    /// <summary>The full block, as the first turn sends it.</summary>
    public string Render() => Render(null)!;

    /// <summary>
    /// The block with only the fields that differ from <paramref name="previous"/> (null = all fields), or null
    /// when nothing changed.
    /// </summary>
    public string? Render(EnvironmentContext? previous)
    {
        var sb = new StringBuilder("<environment_context>\n");
        var any = false;
        void Line(string tag, string value, bool changed)
        {
            if (changed)
            {
                sb.Append("  <").Append(tag).Append('>').Append(Escape(value)).Append("</").Append(tag).Append(">\n");
                any = true;
            }
        }

        Line("cwd", Cwd, previous is null || previous.Cwd != Cwd);
        Line("shell", Shell, previous is null || previous.Shell != Shell);
        Line("current_date", CurrentDate, previous is null || previous.CurrentDate != CurrentDate);
        Line("timezone", Timezone, previous is null || previous.Timezone != Timezone);
        var filesystem = Filesystem();
        if (previous is null || previous.Filesystem() != filesystem)
        {
            sb.Append("  ").Append(filesystem).Append('\n');
            any = true;
        }

        if (NetworkAccess && (previous is null || !previous.NetworkAccess))
        {
            sb.Append("  <network access=\"enabled\"/>\n");
            any = true;
        }
        else if (!NetworkAccess && previous is { NetworkAccess: true })
        {
            sb.Append("  <network access=\"restricted\"/>\n");
            any = true;
        }

        sb.Append("</environment_context>");
        return any ? sb.ToString() : null;
    }

    private string Filesystem()
    {
        var sb = new StringBuilder("<filesystem><workspace_roots><root>").Append(Escape(Cwd)).Append("</root></workspace_roots>");
        sb.Append("<permission_profile type=\"managed\">");
        if (SandboxMode is SandboxModeKind.DangerFullAccess or SandboxModeKind.ExternalSandbox)
        {
            sb.Append("<file_system type=\"unrestricted\"/>");
        }
        else
        {
            sb.Append("<file_system type=\"restricted\"><entry access=\"read\"><special>:root</special></entry>");
            if (SandboxMode == SandboxModeKind.WorkspaceWrite)
            {
                foreach (var root in (IEnumerable<string>)[Cwd, .. WritableRoots])
                {
                    sb.Append("<entry access=\"write\"><path>").Append(Escape(root)).Append("</path></entry>");
                }
            }

            sb.Append("</file_system>");
        }

        sb.Append("</permission_profile></filesystem>");
        return sb.ToString();
    }

    private static string Escape(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string LocalTimezone()
    {
        if (Environment.GetEnvironmentVariable("TZ") is { Length: > 0 } tz)
        {
            return tz.TrimStart(':');
        }

        try
        {
            if (File.Exists("/etc/timezone"))
            {
                var name = File.ReadAllText("/etc/timezone").Trim();
                if (name.Length > 0)
                {
                    return name;
                }
            }
        }
        catch (IOException)
        {
        }

        var id = TimeZoneInfo.Local.Id;
        return id is "UTC" or "Etc/UTC" ? "Etc/UTC" : id;
    }
}
