using System.Text;

namespace AppServer.Agent.ExecPolicy;

/// <summary>
/// Reads the Starlark subset used by <c>.rules</c> files: top-level calls to <c>prefix_rule(...)</c> and
/// <c>host_executable(...)</c> with keyword arguments whose values are strings, lists (nested) and booleans;
/// <c>#</c> comments. <c>match</c>/<c>not_match</c> examples are checked against their rule when loading, so a
/// rule that does not do what its author showed is an error, like in the reference.
/// </summary>
internal sealed class RulesParser
{
    private readonly string _text;
    private readonly string _file;
    private int _pos;

    private RulesParser(string text, string file)
    {
        _text = text;
        _file = file;
    }

    /// <summary>Parses one file's text into <paramref name="policy"/>; throws <see cref="RulesParseException"/>.</summary>
    public static void Parse(string text, string file, ExecPolicyBuilder policy) => new RulesParser(text, file).ParseFile(policy);

    private void ParseFile(ExecPolicyBuilder policy)
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                return;
            }

            int callStart = _pos;
            var name = Identifier();
            SkipTrivia();
            Expect('(');
            var args = new Dictionary<string, object>(StringComparer.Ordinal);
            while (true)
            {
                SkipTrivia();
                if (Peek() == ')')
                {
                    _pos++;
                    break;
                }

                int argStart = _pos;
                var key = Identifier();
                SkipTrivia();
                Expect('=');
                SkipTrivia();
                if (!args.TryAdd(key, Value()))
                {
                    throw Error(argStart, $"duplicate argument `{key}`");
                }

                SkipTrivia();
                if (Peek() == ',')
                {
                    _pos++;
                }
                else if (Peek() != ')')
                {
                    throw Error(_pos, "expected `,` or `)`");
                }
            }

            switch (name)
            {
                case "prefix_rule":
                    policy.Add(BuildPrefixRule(args, callStart));
                    break;
                case "host_executable":
                    var exe = args.GetValueOrDefault("name") as string ?? throw Error(callStart, "host_executable requires `name`");
                    policy.AddHostExecutable(exe, Strings(args.GetValueOrDefault("paths"), callStart, "paths"));
                    break;
                default:
                    throw Error(callStart, $"unknown function `{name}`");
            }
        }
    }

    private PrefixRule BuildPrefixRule(Dictionary<string, object> args, int at)
    {
        foreach (var key in args.Keys)
        {
            if (key is not ("pattern" or "decision" or "justification" or "match" or "not_match"))
            {
                throw Error(at, $"prefix_rule got an unexpected keyword argument `{key}`");
            }
        }

        if (args.GetValueOrDefault("pattern") is not List<object> { Count: > 0 } rawPattern)
        {
            throw Error(at, "prefix_rule requires a non-empty `pattern` list");
        }

        var pattern = new List<IReadOnlyList<string>>();
        foreach (var token in rawPattern)
        {
            pattern.Add(token switch
            {
                string s => [s],
                List<object> alts when alts.Count > 0 && alts.All(a => a is string) => [.. alts.Cast<string>()],
                _ => throw Error(at, "pattern elements must be strings or non-empty lists of strings"),
            });
        }

        var decision = args.GetValueOrDefault("decision") switch
        {
            null => RuleDecision.Allow,
            "allow" => RuleDecision.Allow,
            "prompt" => RuleDecision.Prompt,
            "forbidden" => RuleDecision.Forbidden,
            var other => throw Error(at, $"invalid decision `{other}`, expected one of `allow`, `prompt`, `forbidden`"),
        };
        var justification = args.GetValueOrDefault("justification") switch
        {
            null => null,
            string s => s,
            _ => throw Error(at, "justification must be a string"),
        };
        var rule = new PrefixRule(pattern, decision, justification, _file);
        foreach (var example in Examples(args.GetValueOrDefault("match"), at))
        {
            if (!rule.Matches(example))
            {
                throw Error(at, $"example `{string.Join(' ', example)}` in `match` does not match the rule");
            }
        }

        foreach (var example in Examples(args.GetValueOrDefault("not_match"), at))
        {
            if (rule.Matches(example))
            {
                throw Error(at, $"example `{string.Join(' ', example)}` in `not_match` matches the rule");
            }
        }

        return rule;
    }

    /// <summary>Examples are either a string (split like a shell would) or a list of words.</summary>
    private List<IReadOnlyList<string>> Examples(object? value, int at)
    {
        if (value is null)
        {
            return [];
        }

        if (value is not List<object> list)
        {
            throw Error(at, "match/not_match must be lists");
        }

        var result = new List<IReadOnlyList<string>>();
        foreach (var example in list)
        {
            result.Add(example switch
            {
                string s => Shell.PlainScriptParser.Parse(s) is [var only] ? only : s.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                List<object> words when words.All(w => w is string) => [.. words.Cast<string>()],
                _ => throw Error(at, "match/not_match examples must be strings or lists of strings"),
            });
        }

        return result;
    }

    private List<string> Strings(object? value, int at, string name) => value switch
    {
        null => [],
        List<object> l when l.All(x => x is string) => [.. l.Cast<string>()],
        _ => throw Error(at, $"`{name}` must be a list of strings"),
    };

    private object Value()
    {
        char c = Peek();
        if (c is '"' or '\'')
        {
            return StringLiteral();
        }

        if (c == '[')
        {
            _pos++;
            var list = new List<object>();
            while (true)
            {
                SkipTrivia();
                if (Peek() == ']')
                {
                    _pos++;
                    return list;
                }

                list.Add(Value());
                SkipTrivia();
                if (Peek() == ',')
                {
                    _pos++;
                }
                else if (Peek() != ']')
                {
                    throw Error(_pos, "expected `,` or `]`");
                }
            }
        }

        int start = _pos;
        var word = Identifier();
        return word switch
        {
            "True" => true,
            "False" => false,
            _ => throw Error(start, $"unexpected `{word}`"),
        };
    }

    private string StringLiteral()
    {
        int start = _pos;
        char quote = _text[_pos];
        bool triple = _pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote;
        _pos += triple ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || (!triple && _text[_pos] == '\n'))
            {
                throw Error(start, "unterminated string literal");
            }

            char c = _text[_pos];
            if (c == quote && (!triple || (_pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote)))
            {
                _pos += triple ? 3 : 1;
                return sb.ToString();
            }

            if (c == '\\' && _pos + 1 < _text.Length)
            {
                char e = _text[_pos + 1];
                sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
                _pos += 2;
                continue;
            }

            sb.Append(c);
            _pos++;
        }
    }

    private string Identifier()
    {
        int start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error(start, _pos < _text.Length ? $"unexpected character `{_text[_pos]}`" : "unexpected end of file");
        }

        return _text[start.._pos];
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error(_pos, $"expected `{c}`");
        }

        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
            else if (_text[_pos] == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private RulesParseException Error(int offset, string detail)
    {
        int line = 1, col = 1;
        for (int i = 0; i < offset && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                col = 1;
            }
            else
            {
                col++;
            }
        }

        return new RulesParseException(_file, line, col, detail);
    }
}
