namespace AppServer.Agent.ExecPolicy;

/// <summary>
/// <c>prefix_rule(pattern=[...], decision=..., justification=...)</c>: matches a command whose first words
/// equal the pattern; each pattern position is a set of alternatives (<c>["git", ["status", "log"]]</c>).
/// </summary>
public sealed record PrefixRule(IReadOnlyList<IReadOnlyList<string>> Pattern, RuleDecision Decision, string? Justification, string Source)
{
    /// <summary>True when <paramref name="command"/> starts with this rule's pattern.</summary>
    public bool Matches(IReadOnlyList<string> command)
    {
        if (command.Count < Pattern.Count)
        {
            return false;
        }

        for (int i = 0; i < Pattern.Count; i++)
        {
            if (!Pattern[i].Contains(command[i], StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
