using System.Text;

namespace AppServer.Agent.Shell;

/// <summary>
/// Splits a "plain" shell script into its commands. Plain means: words, single- and double-quoted strings
/// (no expansions inside), backslash escapes, and the operators <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>|</c>
/// (and newlines, which separate like <c>;</c>). Anything else (redirections, <c>$</c>, backticks, subshells,
/// background <c>&amp;</c>, variable assignments, comments) makes the script not plain: <see cref="Parse"/>
/// returns null, and callers must treat the script as opaque.
/// </summary>
internal static class PlainScriptParser
{
    /// <summary>The commands (each a word list) or null when the script is not plain or is empty.</summary>
    public static IReadOnlyList<IReadOnlyList<string>>? Parse(string script)
    {
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        bool expectCommand = true; // after an operator a command must follow

        bool EndWord()
        {
            if (!inWord)
            {
                return true;
            }

            var w = word.ToString();
            // `FOO=bar cmd` is an assignment, not a plain word in command position.
            if (words.Count == 0 && IsAssignment(w))
            {
                return false;
            }

            words.Add(w);
            word.Clear();
            inWord = false;
            return true;
        }

        bool EndCommand(bool requireCommand)
        {
            if (!EndWord())
            {
                return false;
            }

            if (words.Count == 0)
            {
                return !requireCommand;
            }

            commands.Add(words);
            words = [];
            return true;
        }

        int i = 0;
        while (i < script.Length)
        {
            char c = script[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (!EndWord())
                    {
                        return null;
                    }

                    i++;
                    break;
                case '\n' or ';':
                    // A newline after an operator is fine (`a &&\n b`); `;` needs a command before it.
                    if (c == ';' && words.Count == 0 && !inWord)
                    {
                        return null;
                    }

                    if (!EndCommand(requireCommand: false))
                    {
                        return null;
                    }

                    i++;
                    break;
                case '&' or '|':
                    bool doubled = i + 1 < script.Length && script[i + 1] == c;
                    if (c == '&' && !doubled)
                    {
                        return null; // background job
                    }

                    if (!EndCommand(requireCommand: true))
                    {
                        return null;
                    }

                    expectCommand = true;
                    i += doubled ? 2 : 1;
                    if (c == '|' && i < script.Length && script[i] == '&')
                    {
                        return null; // |& redirects stderr
                    }

                    continue;
                case '\'':
                    int close = script.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        return null;
                    }

                    word.Append(script, i + 1, close - i - 1);
                    inWord = true;
                    i = close + 1;
                    break;
                case '"':
                    i++;
                    inWord = true;
                    while (true)
                    {
                        if (i >= script.Length)
                        {
                            return null;
                        }

                        char d = script[i];
                        if (d == '"')
                        {
                            i++;
                            break;
                        }

                        if (d is '$' or '`')
                        {
                            return null;
                        }

                        if (d == '\\' && i + 1 < script.Length && script[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            word.Append(script[i + 1]);
                            i += 2;
                            continue;
                        }

                        word.Append(d);
                        i++;
                    }

                    break;
                case '\\':
                    if (i + 1 >= script.Length || script[i + 1] == '\n')
                    {
                        return null;
                    }

                    word.Append(script[i + 1]);
                    inWord = true;
                    i += 2;
                    break;
                case '<' or '>' or '(' or ')' or '$' or '`' or '{' or '}' or '!' when !inWord || c is not ('{' or '}' or '!'):
                    return null;
                case '#' when !inWord:
                    return null;
                default:
                    word.Append(c);
                    inWord = true;
                    i++;
                    break;
            }

            if (inWord || words.Count > 0)
            {
                expectCommand = false;
            }
        }

        if (!EndWord())
        {
            return null;
        }

        if (words.Count > 0)
        {
            commands.Add(words);
        }
        else if (expectCommand && commands.Count > 0)
        {
            return null; // dangling operator: `ls &&`
        }

        return commands.Count == 0 ? null : commands;
    }

    private static bool IsAssignment(string word)
    {
        int eq = word.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        for (int k = 0; k < eq; k++)
        {
            char ch = word[k];
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_') || (k == 0 && char.IsAsciiDigit(ch)))
            {
                return false;
            }
        }

        return true;
    }
}
