using System.Text;

namespace AppServer.Agent.ExecPolicy;

/// <summary>
/// Writes the rules a user accepts with <c>acceptWithExecpolicyAmendment</c>: one
/// <c>prefix_rule(pattern=[...], decision="allow")</c> line appended to <c>$CODEX_HOME/rules/default.rules</c>.
/// </summary>
internal static class RuleAmendments
{
    private static readonly object Gate = new();

    /// <summary>The file amendments go to.</summary>
    public static string DefaultRulesFile(string codexHome) => Path.Combine(codexHome, "rules", "default.rules");

    /// <summary>The rule text for a prefix.</summary>
    public static string Format(IReadOnlyList<string> prefix, RuleDecision decision = RuleDecision.Allow)
    {
        var sb = new StringBuilder("prefix_rule(pattern=[");
        sb.AppendJoin(", ", prefix.Select(Quote));
        sb.Append("], decision=\"").Append(decision.ToString().ToLowerInvariant()).Append("\")");
        return sb.ToString();
    }

    private static string Quote(string word) => "\"" + word.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    /// <summary>Appends an allow rule for <paramref name="prefix"/>, starting a new line if the file lacks a final newline.</summary>
    public static void Append(string codexHome, IReadOnlyList<string> prefix)
    {
        if (prefix.Count == 0)
        {
            throw new ArgumentException("an execpolicy amendment needs at least one word", nameof(prefix));
        }

        var file = DefaultRulesFile(codexHome);
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var needsNewline = File.Exists(file) && new FileInfo(file).Length > 0 && !File.ReadAllText(file).EndsWith('\n');
            File.AppendAllText(file, (needsNewline ? "\n" : "") + Format(prefix) + "\n");
        }
    }
}
