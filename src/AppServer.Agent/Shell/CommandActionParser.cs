namespace AppServer.Agent.Shell;

/// <summary>
/// Describes a command as a list of <see cref="CommandAction"/>s, the way the reference summarises commands
/// for clients. <c>cd dir &amp;&amp;</c> is folded into the paths that follow; trailing formatting stages of a
/// pipeline (<c>| head</c>, <c>| sed -n</c>) are ignored; a non-plain script is one <c>unknown</c> action.
/// </summary>
internal static class CommandActionParser
{
    private static readonly HashSet<string> FormattingStages = new(StringComparer.Ordinal) { "head", "tail", "sed", "nl", "sort", "uniq", "cut", "tr", "column" };

    /// <summary>The actions of <paramref name="argv"/> run in <paramref name="cwd"/>.</summary>
    public static IReadOnlyList<CommandAction> Parse(IReadOnlyList<string> argv, string cwd)
    {
        var script = ShellInvocation.Script(argv);
        var display = script ?? ShellQuote.Join(argv);
        var commands = ShellInvocation.PlainCommands(argv);
        if (commands is null)
        {
            return [new UnknownAction(display)];
        }

        // Re-split the script at its top-level operators so pipelines stay together.
        var pipelines = script is null ? [[argv]] : Pipelines(script) ?? [[.. commands]];
        var actions = new List<CommandAction>();
        var dir = cwd;
        foreach (var pipeline in pipelines)
        {
            var first = pipeline[0];
            if (first.Count > 0 && first[0] == "cd")
            {
                dir = first.Count > 1 ? Resolve(dir, first[1]) : dir;
                continue;
            }

            CommandAction action;
            if (pipeline.Count > 1 && !pipeline.Skip(1).All(stage => stage.Count > 0 && FormattingStages.Contains(stage[0])))
            {
                action = new UnknownAction(string.Join(" | ", pipeline.Select(ShellQuote.Join)));
            }
            else
            {
                action = Describe(first, dir, pipeline.Count > 1 ? string.Join(" | ", pipeline.Select(ShellQuote.Join)) : null);
            }

            if (actions.Count == 0 || actions[^1] != action)
            {
                actions.Add(action);
            }
        }

        return actions.Count == 0 ? [new UnknownAction(display)] : actions;
    }

    private static CommandAction Describe(IReadOnlyList<string> cmd, string dir, string? pipelineText)
    {
        var text = pipelineText ?? ShellQuote.Join(cmd);
        var program = Path.GetFileName(cmd[0]);
        var args = cmd.Skip(1).ToList();
        var operands = args.Where(a => !a.StartsWith('-')).ToList();
        switch (program)
        {
            case "cat" or "bat" or "less" or "more" when operands.Count == 1:
                return Read(text, dir, operands[0]);
            case "head" or "tail" when FileOperand(args) is { } file:
                return Read(text, dir, file);
            case "nl" when operands.Count == 1:
                return Read(text, dir, operands[0]);
            case "sed" when args.Count >= 3 && args[0] == "-n" && args[^1] is var f && !f.StartsWith('-'):
                return Read(text, dir, f);
            case "ls" or "tree" or "eza" or "exa":
                return new ListFilesAction(text, operands.Count > 0 ? operands[^1] : null);
            case "rg" or "rga" or "ripgrep" when args.Contains("--files"):
                return new ListFilesAction(text, operands.FirstOrDefault());
            case "rg" or "grep" or "egrep" or "fgrep" or "ag" or "ack" when operands.Count > 0:
                return new SearchAction(text, operands[0], operands.Count > 1 ? operands[1] : null);
            case "fd" when operands.Count > 0:
                return new SearchAction(text, operands[0], operands.Count > 1 ? operands[1] : null);
            case "find":
                var path = args.Count > 0 && !args[0].StartsWith('-') ? args[0] : null;
                var nameAt = args.FindIndex(a => a is "-name" or "-iname" or "-path" or "-ipath");
                return nameAt >= 0 && nameAt + 1 < args.Count
                    ? new SearchAction(text, args[nameAt + 1], path)
                    : new ListFilesAction(text, path);
            default:
                return new UnknownAction(text);
        }
    }

    private static ReadAction Read(string text, string dir, string file) => new(text, Path.GetFileName(file), Resolve(dir, file));

    /// <summary>The file argument of head/tail: the last operand that is not the value of <c>-n</c>/<c>-c</c>.</summary>
    private static string? FileOperand(List<string> args)
    {
        string? file = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "-n" or "-c")
            {
                i++;
                continue;
            }

            if (!args[i].StartsWith('-') && !(args[i].StartsWith('+') && args[i][1..].All(char.IsAsciiDigit)))
            {
                file = args[i];
            }
        }

        return file;
    }

    private static string Resolve(string dir, string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(dir, path));

    /// <summary>The script's commands grouped by pipeline (split at <c>&amp;&amp;</c>, <c>||</c>, <c>;</c> and newlines, not at <c>|</c>).</summary>
    private static List<List<IReadOnlyList<string>>>? Pipelines(string script)
    {
        var result = new List<List<IReadOnlyList<string>>>();
        foreach (var segment in SplitTopLevel(script))
        {
            var commands = PlainScriptParser.Parse(segment);
            if (commands is null)
            {
                return null;
            }

            result.Add([.. commands]);
        }

        return result;
    }

    /// <summary>Splits at unquoted <c>&amp;&amp;</c>, <c>||</c>, <c>;</c> and newlines.</summary>
    private static IEnumerable<string> SplitTopLevel(string script)
    {
        int start = 0;
        char quote = '\0';
        for (int i = 0; i < script.Length; i++)
        {
            char c = script[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"')
                {
                    i++;
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c is ';' or '\n' || (c is '&' or '|' && i + 1 < script.Length && script[i + 1] == c))
            {
                var part = script[start..i];
                if (part.Trim().Length > 0)
                {
                    yield return part;
                }

                if (c is '&' or '|')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (script[start..].Trim().Length > 0)
        {
            yield return script[start..];
        }
    }
}
