namespace AppServer.Core.Threads;

/// <summary>
/// Thread ids: UUIDv7 strings. Parsing mirrors the reference's messages for malformed ids
/// (<c>invalid thread id: …</c>) and normalises to the lowercase hyphenated form.
/// </summary>
public static class ThreadId
{
    private static readonly int[] GroupLengths = [8, 4, 4, 4, 12];

    /// <summary>A new time-ordered id.</summary>
    public static string New() => Guid.CreateVersion7().ToString();

    /// <summary>Parses a client-supplied id.</summary>
    /// <exception cref="ThreadRequestException">The id is not a UUID.</exception>
    public static string Parse(string value)
    {
        if (Describe(value) is { } problem)
        {
            throw new ThreadRequestException($"invalid thread id: {problem}");
        }

        return Guid.Parse(Strip(value)).ToString();
    }

    private static string Strip(string value) => value.StartsWith("urn:uuid:", StringComparison.Ordinal) ? value["urn:uuid:".Length..] : value;

    private static string? Describe(string raw)
    {
        var offset = raw.StartsWith("urn:uuid:", StringComparison.Ordinal) ? "urn:uuid:".Length : 0;
        var value = raw[offset..];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(char.IsAsciiHexDigit(c) || c == '-'))
            {
                return $"invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `{c}` at {offset + i + 1}";
            }
        }

        if (!value.Contains('-'))
        {
            return value.Length == 32 ? null : $"invalid length: expected length 32 for simple format, found {value.Length}";
        }

        var groups = value.Split('-');
        if (groups.Length != GroupLengths.Length)
        {
            return $"invalid group count: expected 5, found {groups.Length}";
        }

        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g].Length != GroupLengths[g])
            {
                return $"invalid group length in group {g}: expected {GroupLengths[g]}, found {groups[g].Length}";
            }
        }

        return null;
    }
}
