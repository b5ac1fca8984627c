using System.Globalization;
using System.Text;

namespace AppServer.Agent.Tools.Agent;

/// <summary>The reference's text formats for tool outputs.</summary>
internal static class ToolOutputText
{
    /// <summary>
    /// exec_command/write_stdin: <c>Chunk ID: abc123\nWall time: 0.1234 seconds\nProcess exited with code 0\nOriginal token count: 3\nOutput:\n…</c>;
    /// the third line is <c>Process running with session ID n</c> while the process runs.
    /// </summary>
    public static string Exec(TimeSpan wall, int? exitCode, int? sessionId, string output, int maxOutputTokens)
    {
        var sb = new StringBuilder();
        sb.Append("Chunk ID: ").Append(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..6]).Append('\n');
        sb.Append("Wall time: ").Append(wall.TotalSeconds.ToString("0.0000", CultureInfo.InvariantCulture)).Append(" seconds\n");
        sb.Append(exitCode is { } code ? $"Process exited with code {code}\n" : $"Process running with session ID {sessionId}\n");
        sb.Append("Original token count: ").Append(ApproxTokens(output)).Append('\n');
        sb.Append("Output:\n").Append(Truncate(output, maxOutputTokens));
        return sb.ToString();
    }

    /// <summary>apply_patch success: <c>Exit code: 0\nWall time: 0.2 seconds\nOutput:\n…</c>.</summary>
    public static string Patch(TimeSpan wall, string output) =>
        $"Exit code: 0\nWall time: {wall.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} seconds\nOutput:\n{output}";

    /// <summary>A command refused before it ran, in the reference's envelope.</summary>
    public static string Rejected(string message) => $"exec_command failed: CreateProcess {{ message: {Debug($"Rejected({Debug(message)})")} }}";

    /// <summary>Rust-style debug quoting of a string.</summary>
    public static string Debug(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    /// <summary>About four bytes per token, like the reference's estimate.</summary>
    public static int ApproxTokens(string text) => (Encoding.UTF8.GetByteCount(text) + 3) / 4;

    /// <summary>Keeps the head and tail of output beyond the token budget, noting what was cut.</summary>
    public static string Truncate(string text, int maxTokens)
    {
        int budget = Math.Max(1, maxTokens) * 4;
        if (text.Length <= budget)
        {
            return text;
        }

        int half = budget / 2;
        var removed = ApproxTokens(text[half..^half]);
        return $"{text[..half]}…{removed} tokens truncated…{text[^half..]}";
    }
}
