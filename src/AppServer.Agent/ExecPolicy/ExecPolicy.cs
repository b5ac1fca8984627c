namespace AppServer.Agent.ExecPolicy;

/// <summary>The outcome of matching one command: the strictest matching rule.</summary>
public sealed record RuleMatch(RuleDecision Decision, string? Justification, PrefixRule Rule);

/// <summary>
/// A loaded set of prefix rules. A command is matched word by word; for an absolute program path the
/// rules for its basename apply too (restricted to the paths listed by <c>host_executable</c> when there is one).
/// </summary>
public sealed class ExecPolicy(IReadOnlyList<PrefixRule> rules, IReadOnlyDictionary<string, IReadOnlyList<string>> hostExecutables)
{
    /// <summary>A policy with no rules.</summary>
    public static ExecPolicy Empty { get; } = new([], new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyList<PrefixRule> Rules => rules;

    /// <summary>The strictest rule matching <paramref name="command"/>, or null.</summary>
    public RuleMatch? Match(IReadOnlyList<string> command)
    {
        if (command.Count == 0)
        {
            return null;
        }

        var best = Best(command);
        if (Path.IsPathRooted(command[0]))
        {
            var name = Path.GetFileName(command[0]);
            bool allowed = !hostExecutables.TryGetValue(name, out var paths) || paths.Contains(command[0], StringComparer.Ordinal);
            if (allowed && Best([name, .. command.Skip(1)]) is { } viaName && (best is null || viaName.Decision > best.Decision))
            {
                best = viaName;
            }
        }

        return best;
    }

    private RuleMatch? Best(IReadOnlyList<string> command)
    {
        RuleMatch? best = null;
        foreach (var rule in rules)
        {
            if (rule.Matches(command) && (best is null || rule.Decision > best.Decision))
            {
                best = new RuleMatch(rule.Decision, rule.Justification, rule);
            }
        }

        return best;
    }
}
