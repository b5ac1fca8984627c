using System.Buffers.Text;
using System.Globalization;
using System.Text;
using AppServer.Storage.Threads;

namespace AppServer.Core.Threads.Queries;

/// <summary>Opaque cursors: base64url of a small text key. Anything that does not decode is <c>invalid cursor: …</c>.</summary>
internal static class PageCursor
{
    public static string Encode(ThreadListCursor cursor) => Encode($"t:{cursor.SortValue.ToString(CultureInfo.InvariantCulture)}:{cursor.Id}");

    public static ThreadListCursor DecodeThread(string cursor)
    {
        var parts = Decode(cursor).Split(':', 3);
        if (parts.Length == 3 && parts[0] == "t" && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return new ThreadListCursor(value, parts[2]);
        }

        throw ThreadRequestException.InvalidCursor(cursor);
    }

    public static string EncodeSequence(string kind, long sequence) => Encode($"{kind}:{sequence.ToString(CultureInfo.InvariantCulture)}");

    public static long DecodeSequence(string kind, string cursor)
    {
        var parts = Decode(cursor).Split(':', 2);
        if (parts.Length == 2 && parts[0] == kind && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw ThreadRequestException.InvalidCursor(cursor);
    }

    public static string EncodeId(string id) => Encode($"l:{id}");

    public static string DecodeId(string cursor)
    {
        var text = Decode(cursor);
        return text.StartsWith("l:", StringComparison.Ordinal) && text.Length > 2 ? text[2..] : throw ThreadRequestException.InvalidCursor(cursor);
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw ThreadRequestException.InvalidCursor(cursor);
        }
    }
}
