using System.Text.RegularExpressions;

namespace AppServer.Core.Feedback;

/// <summary>
/// Removes credentials from text before it goes into a feedback bundle: OpenAI-style keys (<c>sk-…</c>), bearer
/// tokens, <c>key = value</c> pairs whose key names a secret, and the literal values of API-key variables and of
/// <c>auth.json</c>.
/// </summary>
internal sealed partial class SecretRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "[REDACTED]";

    private readonly List<string> literals;

    /// <summary>Creates a redactor that also masks each of <paramref name="knownSecrets"/> verbatim.</summary>
    public SecretRedactor(IEnumerable<string> knownSecrets)
        => literals = knownSecrets.Where(s => s.Length >= 8).Distinct().OrderByDescending(s => s.Length).ToList();

    /// <summary>Returns <paramref name="text"/> with every secret masked.</summary>
    public string Redact(string text)
    {
        foreach (var secret in literals)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = ApiKey().Replace(text, Mask);
        text = Bearer().Replace(text, "${scheme} " + Mask);
        return SecretAssignment().Replace(text, m => m.Groups["lead"].Value + Mask);
    }

    [GeneratedRegex(@"\b(?:sk|rk|pk)-[A-Za-z0-9_\-]{8,}")]
    private static partial Regex ApiKey();

    [GeneratedRegex(@"(?<scheme>\b[Bb]earer)\s+[A-Za-z0-9_\-\.=+/]{4,}")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?<lead>[""']?[A-Za-z0-9_\-]*(?:api[_\-]?key|token|secret|password|authorization)[A-Za-z0-9_\-]*[""']?\s*[:=]\s*)(?:""[^""\r\n]*""|'[^'\r\n]*'|[^\s,}]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretAssignment();
}
