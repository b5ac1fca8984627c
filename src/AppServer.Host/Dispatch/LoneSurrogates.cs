using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace AppServer.Host.Dispatch;

/// <summary>
/// Finds a string escape such as <c>"\ud800"</c> that is half of a UTF-16 surrogate pair. JSON allows the
/// escape, but the text is not Unicode, so System.Text.Json refuses to read it (an
/// <see cref="InvalidOperationException"/> deep inside a handler used to become -32603). The params are
/// checked up front instead and the client is told which field is wrong.
/// </summary>
internal static class LoneSurrogates
{
    private static readonly byte[] Escape = "\\u"u8.ToArray();

    /// <summary>Returns <c>lone surrogate `\ud800` in `input[0].text`</c> for the first such string, or <c>null</c>.</summary>
    public static string? Find(JsonElement root)
    {
        // Cheap pre-check on the raw bytes: no `\uD8..`–`\uDF..` escape, nothing to look for.
        return MayContainSurrogateEscape(JsonMarshal.GetRawUtf8Value(root)) ? Walk(root, "") : null;
    }

    private static bool MayContainSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        while (true)
        {
            var at = raw.IndexOf(Escape);
            if (at < 0 || at + 4 > raw.Length)
            {
                return false;
            }

            if (raw[at + 2] is (byte)'d' or (byte)'D' && raw[at + 3] is >= (byte)'8' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F')
            {
                return true;
            }

            raw = raw[(at + 2)..];
        }
    }

    private static string? Walk(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(element) ? null : Message(element.GetRawText(), path);
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Walk(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return Message(Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8PropertyName(member)), path.Length == 0 ? "params" : path, fieldName: true);
                    }

                    if (Walk(member.Value, path.Length == 0 ? name : $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Readable(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Message(string rawText, string path, bool fieldName = false)
    {
        var escape = FirstLoneEscape(rawText) ?? "\\u";
        return fieldName
            ? $"lone surrogate `{escape}` in a field name in `{path}`"
            : $"lone surrogate `{escape}` in `{(path.Length == 0 ? "params" : path)}`";
    }

    /// <summary>The first <c>\uXXXX</c> escape in <paramref name="raw"/> that is not part of a pair.</summary>
    private static string? FirstLoneEscape(string raw)
    {
        for (var i = raw.IndexOf("\\u", StringComparison.Ordinal); i >= 0 && i + 6 <= raw.Length; i = raw.IndexOf("\\u", i + 2, StringComparison.Ordinal))
        {
            if (i > 0 && CountBackslashes(raw, i) % 2 == 0)
            {
                continue; // `\\u…` is an escaped backslash followed by `u`
            }

            if (!ushort.TryParse(raw.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out var unit) || !char.IsSurrogate((char)unit))
            {
                continue;
            }

            if (char.IsHighSurrogate((char)unit) && i + 12 <= raw.Length && raw[i + 6] == '\\' && raw[i + 7] == 'u'
                && ushort.TryParse(raw.AsSpan(i + 8, 4), System.Globalization.NumberStyles.HexNumber, null, out var low) && char.IsLowSurrogate((char)low))
            {
                i += 6; // a valid pair
                continue;
            }

            return raw.Substring(i, 6);
        }

        return null;
    }

    /// <summary>How many backslashes end at <paramref name="index"/> (inclusive).</summary>
    private static int CountBackslashes(string raw, int index)
    {
        var count = 0;
        for (var i = index; i >= 0 && raw[i] == '\\'; i--)
        {
            count++;
        }

        return count;
    }
}
