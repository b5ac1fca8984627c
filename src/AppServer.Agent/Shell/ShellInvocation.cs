namespace AppServer.Agent.Shell;

/// <summary>Helpers for argvs of the form <c>[bash|zsh|sh, -c|-lc, script]</c>.</summary>
internal static class ShellInvocation
{
    /// <summary>True for bash, zsh and sh (by basename); zsh is treated like bash.</summary>
    public static bool IsShell(string program) => Path.GetFileName(program) is "bash" or "zsh" or "sh";

    /// <summary>The script of a <c>shell -c/-lc script</c> argv, or null.</summary>
    public static string? Script(IReadOnlyList<string> argv) =>
        argv.Count == 3 && IsShell(argv[0]) && argv[1] is "-c" or "-lc" ? argv[2] : null;

    /// <summary>
    /// The plain commands of an argv: the script's commands when it is <c>shell -c/-lc plain-script</c>,
    /// the argv itself when it is not a shell invocation, null when the script is not plain.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>>? PlainCommands(IReadOnlyList<string> argv)
    {
        if (Script(argv) is { } script)
        {
            return PlainScriptParser.Parse(script);
        }

        return argv.Count == 0 ? null : [argv];
    }
}
