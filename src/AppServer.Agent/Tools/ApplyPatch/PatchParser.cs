namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>
/// Parses the apply_patch grammar:
/// <code>
/// *** Begin Patch
/// *** Add File: a.txt      (+lines)
/// *** Delete File: b.txt
/// *** Update File: c.txt   [*** Move to: d.txt] (@@ [context] / " "|"-"|"+" lines / *** End of File)
/// *** End Patch
/// </code>
/// Lenient like the reference: markers may carry surrounding whitespace, a heredoc wrapper
/// (<c>&lt;&lt;'EOF'</c> … <c>EOF</c>) is unwrapped, an update's first chunk may omit <c>@@</c>, and an empty
/// line inside a chunk is an empty context line.
/// </summary>
internal static class PatchParser
{
    public const string BeginMarker = "*** Begin Patch";
    public const string EndMarker = "*** End Patch";
    private const string AddPrefix = "*** Add File: ";
    private const string DeletePrefix = "*** Delete File: ";
    private const string UpdatePrefix = "*** Update File: ";
    private const string MovePrefix = "*** Move to: ";
    private const string EofMarker = "*** End of File";

    /// <summary>Parses <paramref name="text"/> or throws <see cref="PatchException"/> with an <c>invalid patch: …</c>/<c>invalid hunk …</c> message.</summary>
    public static Patch Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Trim().Split('\n').ToList();
        lines = Unwrap(lines);
        if (lines.Count == 0 || lines[0].Trim() != BeginMarker)
        {
            throw new PatchException("invalid patch: The first line of the patch must be '*** Begin Patch'");
        }

        if (lines.Count < 2 || lines[^1].Trim() != EndMarker)
        {
            throw new PatchException("invalid patch: The last line of the patch must be '*** End Patch'");
        }

        var hunks = new List<PatchHunk>();
        int i = 1, last = lines.Count - 1;
        while (i < last)
        {
            var line = lines[i];
            var header = line.Trim();
            int lineNumber = i + 1;
            if (header.StartsWith(AddPrefix, StringComparison.Ordinal))
            {
                var path = header[AddPrefix.Length..];
                i++;
                var content = new System.Text.StringBuilder();
                while (i < last && lines[i].StartsWith('+'))
                {
                    content.Append(lines[i], 1, lines[i].Length - 1).Append('\n');
                    i++;
                }

                hunks.Add(new AddFileHunk(path, content.ToString()));
            }
            else if (header.StartsWith(DeletePrefix, StringComparison.Ordinal))
            {
                hunks.Add(new DeleteFileHunk(header[DeletePrefix.Length..]));
                i++;
            }
            else if (header.StartsWith(UpdatePrefix, StringComparison.Ordinal))
            {
                var path = header[UpdatePrefix.Length..];
                i++;
                string? move = null;
                if (i < last && lines[i].Trim().StartsWith(MovePrefix, StringComparison.Ordinal))
                {
                    move = lines[i].Trim()[MovePrefix.Length..];
                    i++;
                }

                var chunks = ParseChunks(lines, ref i, last, lineNumber);
                if (chunks.Count == 0)
                {
                    throw new PatchException($"invalid hunk at line {lineNumber}, Update file hunk for path '{path}' is empty");
                }

                hunks.Add(new UpdateFileHunk(path, move, chunks));
            }
            else
            {
                throw new PatchException($"invalid hunk at line {lineNumber}, '{header}' is not a valid hunk header. " +
                    "Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'");
            }
        }

        return new Patch(hunks);
    }

    private static List<UpdateChunk> ParseChunks(List<string> lines, ref int i, int last, int headerLine)
    {
        var chunks = new List<UpdateChunk>();
        string? context = null;
        List<string> oldLines = [], newLines = [];
        bool open = false; // a chunk has started (by @@ or by its first change line)

        void Flush(bool eof)
        {
            if (open)
            {
                if (oldLines.Count == 0 && newLines.Count == 0)
                {
                    throw new PatchException($"invalid hunk at line {headerLine}, Update hunk does not contain any lines");
                }

                chunks.Add(new UpdateChunk(context, oldLines, newLines, eof));
            }

            context = null;
            oldLines = [];
            newLines = [];
            open = false;
        }

        while (i < last)
        {
            var line = lines[i];
            if (line.StartsWith("*** ", StringComparison.Ordinal) && line.Trim() != EofMarker)
            {
                break; // next hunk header
            }

            if (line.Trim() == EofMarker)
            {
                Flush(eof: true);
                i++;
                continue;
            }

            if (line == "@@" || line.StartsWith("@@ ", StringComparison.Ordinal) || line.TrimEnd() == "@@")
            {
                Flush(eof: false);
                var ctx = line.Length > 3 ? line[3..] : "";
                context = ctx.Length == 0 ? null : ctx;
                open = true;
                i++;
                continue;
            }

            switch (line.Length == 0 ? ' ' : line[0])
            {
                case ' ':
                    var text = line.Length == 0 ? "" : line[1..];
                    oldLines.Add(text);
                    newLines.Add(text);
                    break;
                case '-':
                    oldLines.Add(line[1..]);
                    break;
                case '+':
                    newLines.Add(line[1..]);
                    break;
                default:
                    throw new PatchException($"invalid hunk at line {i + 1}, Unexpected line found in update hunk: '{line}'. " +
                        "Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)");
            }

            open = true;
            i++;
        }

        Flush(eof: false);
        return chunks;
    }

    /// <summary>Strips a shell heredoc wrapper (<c>&lt;&lt;'EOF'</c> first line, <c>EOF</c> last line) the model sometimes includes.</summary>
    private static List<string> Unwrap(List<string> lines)
    {
        if (lines.Count >= 4 && lines[0].TrimStart().StartsWith("<<", StringComparison.Ordinal) && lines[^1].Trim() is { Length: > 0 } tail
            && lines[0].Contains(tail, StringComparison.Ordinal))
        {
            return lines.GetRange(1, lines.Count - 2);
        }

        return lines;
    }
}
