using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.Core.Hooks;

/// <summary>
/// The trust identity of a hook, byte-identical to codex 0.169.0's <c>currentHash</c>:
/// <c>sha256:</c> + hex SHA-256 of the compact JSON of
/// <c>{"event_name": "&lt;snake_case event&gt;", "matcher": ..., "hooks": [&lt;normalized handler&gt;]}</c> with
/// object keys sorted (by UTF-8 bytes) at every level and absent values left out. Strings are escaped the way
/// serde_json does (only <c>"</c>, <c>\</c> and control characters; everything else is written raw).
/// Because the identity is built from the parsed definition, the same hook in <c>config.toml</c> and in
/// <c>hooks.json</c> hashes the same.
/// </summary>
internal static class HookHash
{
    /// <summary>The identity of a command handler (its Windows command is not part of it).</summary>
    public static string Command(string eventKey, string? matcher, string command, ulong timeoutSec, bool isAsync, string? statusMessage, ulong? additionalContextLimit)
    {
        var handler = new JsonObject
        {
            ["type"] = "command",
            ["command"] = command,
            ["timeout"] = timeoutSec,
            ["async"] = isAsync,
            ["statusMessage"] = statusMessage,
            ["additionalContextLimit"] = additionalContextLimit,
        };
        return Of(Identity(eventKey, matcher, handler));
    }

    /// <summary>The identity of an MCP-tool handler.</summary>
    public static string McpTool(string eventKey, string? matcher, string server, string tool, JsonObject input, ulong timeoutSec, string? statusMessage)
    {
        var handler = new JsonObject
        {
            ["type"] = "mcp_tool",
            ["server"] = server,
            ["tool"] = tool,
            ["input"] = input.DeepClone(),
            ["timeout"] = timeoutSec,
            ["statusMessage"] = statusMessage,
        };
        return Of(Identity(eventKey, matcher, handler));
    }

    /// <summary><c>sha256:&lt;hex&gt;</c> of the canonical JSON of <paramref name="value"/>.</summary>
    public static string Of(JsonNode value)
    {
        var text = new StringBuilder();
        WriteCanonical(value, text);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The canonical JSON text that is hashed (for tests and diagnostics).</summary>
    public static string Canonical(JsonNode value)
    {
        var text = new StringBuilder();
        WriteCanonical(value, text);
        return text.ToString();
    }

    private static JsonObject Identity(string eventKey, string? matcher, JsonObject handler)
        => new() { ["event_name"] = eventKey, ["matcher"] = matcher, ["hooks"] = new JsonArray(handler) };

    private static void WriteCanonical(JsonNode node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                text.Append('{');
                var first = true;
                // Absent (null) members are left out: the reference goes through TOML, which has no null.
                foreach (var (key, value) in obj.Where(p => p.Value is not null).OrderBy(p => p.Key, Utf8Order.Instance))
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    WriteString(key, text);
                    text.Append(':');
                    WriteCanonical(value!, text);
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    if (array[i] is { } item)
                    {
                        WriteCanonical(item, text);
                    }
                }

                text.Append(']');
                break;
            case JsonValue value:
                WriteScalar(value, text);
                break;
        }
    }

    private static void WriteScalar(JsonValue value, StringBuilder text)
    {
        if (value.TryGetValue<string>(out var s))
        {
            WriteString(s, text);
        }
        else if (value.TryGetValue<bool>(out var b))
        {
            text.Append(b ? "true" : "false");
        }
        else if (value.TryGetValue<long>(out var l))
        {
            text.Append(l.ToString(CultureInfo.InvariantCulture));
        }
        else if (value.TryGetValue<ulong>(out var u))
        {
            text.Append(u.ToString(CultureInfo.InvariantCulture));
        }
        else if (value.TryGetValue<double>(out var d))
        {
            text.Append(RustFloat(d));
        }
        else
        {
            // A JsonElement-backed number or other value: its raw JSON text.
            text.Append(value.ToJsonString());
        }
    }

    // serde_json prints floats with a fractional part or exponent ("1.0", "0.5", "1e20").
    private static string RustFloat(double d)
    {
        if (double.IsInteger(d) && Math.Abs(d) < 1e16)
        {
            return d.ToString("0.0", CultureInfo.InvariantCulture);
        }

        return d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }

    private static void WriteString(string s, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }

    /// <summary>Orders keys by their UTF-8 bytes, as Rust's <c>String</c> ordering does.</summary>
    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y)
            => Encoding.UTF8.GetBytes(x ?? "").AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y ?? ""));
    }
}
