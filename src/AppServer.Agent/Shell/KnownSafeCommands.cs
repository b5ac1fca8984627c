namespace AppServer.Agent.Shell;

/// <summary>
/// Classifies commands that only read: the reference's known-safe list. A shell <c>-c</c>/<c>-lc</c> script
/// is safe when it is plain (<see cref="PlainScriptParser"/>) and every command in it is safe.
/// </summary>
internal static class KnownSafeCommands
{
    private static readonly HashSet<string> AlwaysSafe = new(StringComparer.Ordinal)
    {
        "cat", "cd", "cut", "echo", "expr", "false", "grep", "head", "id", "ls", "nl", "paste", "pwd", "rev",
        "seq", "stat", "tail", "tr", "true", "uname", "uniq", "wc", "which", "whoami",
        "numfmt", "tac", // GNU coreutils on Linux
    };

    private static readonly string[] UnsafeFindOptions = ["-exec", "-execdir", "-ok", "-okdir", "-delete", "-fls", "-fprint", "-fprint0", "-fprintf"];

    /// <summary>True when <paramref name="argv"/> (possibly a shell script) only runs known-safe commands.</summary>
    public static bool IsKnownSafe(IReadOnlyList<string> argv)
    {
        if (ShellInvocation.Script(argv) is not null)
        {
            return ShellInvocation.PlainCommands(argv) is { } commands && commands.All(IsSafeCommand);
        }

        return argv.Count > 0 && IsSafeCommand(argv);
    }

    /// <summary>One command (no shell syntax) against the safe list.</summary>
    public static bool IsSafeCommand(IReadOnlyList<string> command)
    {
        if (command.Count == 0)
        {
            return false;
        }

        var program = Path.GetFileName(command[0]);
        if (AlwaysSafe.Contains(program))
        {
            return true;
        }

        var args = command.Skip(1).ToList();
        return program switch
        {
            "base64" => !args.Any(a => a is "-o" or "--output" || a.StartsWith("--output=", StringComparison.Ordinal) || (a.StartsWith("-o", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal))),
            "find" => !args.Any(a => UnsafeFindOptions.Contains(a)),
            "rg" => !args.Any(a => a is "--search-zip" or "-z" || a.StartsWith("--pre", StringComparison.Ordinal) || a.StartsWith("--hostname-bin", StringComparison.Ordinal)),
            "sed" => command.Count <= 4 && args.Count >= 2 && args[0] == "-n" && IsSedPrint(args[1]),
            _ => false,
        };
    }

    /// <summary>
    /// Commands that are risky whatever the sandbox says (<c>rm -f</c>, <c>rm -rf</c>, and the same under
    /// <c>sudo</c>); they always prompt, and are rejected outright under <c>never</c>.
    /// </summary>
    public static bool IsDangerous(IReadOnlyList<string> argv)
    {
        var commands = ShellInvocation.Script(argv) is not null ? ShellInvocation.PlainCommands(argv) : [argv];
        return commands is not null && commands.Any(IsDangerousCommand);
    }

    private static bool IsDangerousCommand(IReadOnlyList<string> command)
    {
        if (command.Count == 0)
        {
            return false;
        }

        var program = Path.GetFileName(command[0]);
        if (program == "sudo")
        {
            return IsDangerousCommand([.. command.Skip(1)]);
        }

        return program == "rm" && command.Skip(1).Any(a => a is "-f" or "-rf" or "-fr" or "-Rf" or "-fR");
    }

    /// <summary><c>Np</c> or <c>M,Np</c>.</summary>
    private static bool IsSedPrint(string expr)
    {
        if (!expr.EndsWith('p') || expr.Length < 2)
        {
            return false;
        }

        var parts = expr[..^1].Split(',');
        return parts.Length is 1 or 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}
