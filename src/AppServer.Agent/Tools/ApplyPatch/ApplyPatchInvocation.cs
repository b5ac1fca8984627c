using System.Text.RegularExpressions;

namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>
/// Recognises a patch hidden in a shell command: <c>apply_patch &lt;&lt;'EOF' … EOF</c> (also <c>applypatch</c>,
/// any heredoc delimiter, quoted or not, optionally after <c>cd dir &amp;&amp;</c>), or the argv form
/// <c>["apply_patch", "&lt;patch&gt;"]</c>. Such commands are applied as patches instead of being run.
/// </summary>
internal static partial class ApplyPatchInvocation
{
    /// <summary>A recognised invocation: the patch text and the directory it applies in (relative to the call's cwd, or null).</summary>
    public sealed record Match(string PatchText, string? Workdir);

    [GeneratedRegex(@"^\s*(?:cd\s+(?<dir>'[^']*'|""[^""]*""|[^\s;&|]+)\s*&&\s*)?(?:apply_patch|applypatch)\s+<<-?\s*(?<q>['""]?)(?<tag>[A-Za-z_][A-Za-z0-9_]*)\k<q>[ \t]*\n(?<body>.*?)\n[ \t]*\k<tag>[ \t]*\n?\s*$", RegexOptions.Singleline)]
    private static partial Regex Heredoc();

    /// <summary>Looks for a patch invocation in a shell script (the <c>cmd</c> of exec_command).</summary>
    public static Match? FromScript(string script)
    {
        var m = Heredoc().Match(script.Replace("\r\n", "\n"));
        if (!m.Success)
        {
            return null;
        }

        var dir = m.Groups["dir"].Success ? m.Groups["dir"].Value.Trim('\'', '"') : null;
        return new Match(m.Groups["body"].Value + "\n", dir);
    }

    /// <summary>Looks for a patch invocation in an argv: <c>apply_patch PATCH</c> or a shell <c>-c</c>/<c>-lc</c> wrapping a heredoc.</summary>
    public static Match? FromArgv(IReadOnlyList<string> argv)
    {
        if (argv.Count == 2 && argv[0] is "apply_patch" or "applypatch")
        {
            return new Match(argv[1], null);
        }

        if (argv.Count == 3 && Shell.ShellInvocation.IsShell(argv[0]) && argv[1] is "-c" or "-lc")
        {
            return FromScript(argv[2]);
        }

        return null;
    }
}
