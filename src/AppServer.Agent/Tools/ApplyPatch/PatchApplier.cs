using AppServer.Core.FileSearch;

namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>
/// Turns a parsed <see cref="Patch"/> into a <see cref="PatchPlan"/> (reading and verifying every file
/// first, so a bad hunk changes nothing) and then writes it, each file atomically (temp file + rename).
/// CRLF files stay CRLF. Every change records its real target (symbolic links resolved) so callers check the
/// place a write really lands; a write through a file link goes to the link's target and keeps the link.
/// </summary>
internal static class PatchApplier
{
    /// <summary>Reads the files and computes every new content; throws <see cref="PatchException"/> on any mismatch.</summary>
    public static PatchPlan Plan(Patch patch, string cwd)
    {
        var changes = new List<PlannedFileChange>();
        // Later hunks see the result of earlier ones on the same file.
        var pending = new Dictionary<string, string?>(StringComparer.Ordinal);

        string? Current(string path) => pending.TryGetValue(path, out var c) ? c : File.Exists(path) ? File.ReadAllText(path) : null;

        foreach (var hunk in patch.Hunks)
        {
            var path = Resolve(cwd, hunk.Path);
            switch (hunk)
            {
                case AddFileHunk add:
                    changes.Add(new PlannedFileChange(FileChangeKind.Add, path, null, hunk.Path, Current(path), add.Contents) { Target = WriteTarget(path) });
                    pending[path] = add.Contents;
                    break;
                case DeleteFileHunk:
                    var old = Current(path) ?? (Directory.Exists(path)
                        ? throw new PatchException($"Failed to delete file {path}: Is a directory (os error 21)")
                        : throw new PatchException($"Failed to delete file {path}: No such file or directory (os error 2)"));
                    changes.Add(new PlannedFileChange(FileChangeKind.Delete, path, null, hunk.Path, old, null) { Target = EntryTarget(path) });
                    pending[path] = null;
                    break;
                case UpdateFileHunk update:
                    var original = ReadForUpdate(path, Current);
                    var updated = ApplyChunks(original, update.Chunks, path);
                    var dest = update.MovePath is null ? null : Resolve(cwd, update.MovePath);
                    changes.Add(new PlannedFileChange(FileChangeKind.Update, path, dest, update.MovePath ?? hunk.Path, original, updated)
                    {
                        Target = dest is null ? WriteTarget(path) : EntryTarget(path),
                        MoveTarget = dest is null ? null : WriteTarget(dest),
                    });
                    if (dest is null)
                    {
                        pending[path] = updated;
                    }
                    else
                    {
                        pending[path] = null;
                        pending[dest] = updated;
                    }

                    break;
            }
        }

        return new PatchPlan(changes);
    }

    /// <summary>
    /// Writes a verified plan to disk, to the real targets checked when it was planned. If a link along any of
    /// them changed since (e.g. a background command swapped a folder for a link), nothing is written.
    /// </summary>
    /// <exception cref="IOException">A target moved since the plan was made, or a write failed.</exception>
    public static void Commit(PatchPlan plan)
    {
        foreach (var change in plan.Changes)
        {
            var moved = change.Kind switch
            {
                FileChangeKind.Delete => EntryTarget(change.Path) != change.Target,
                FileChangeKind.Update when change.MovePath is { } dest => EntryTarget(change.Path) != change.Target || WriteTarget(dest) != change.MoveTarget,
                _ => WriteTarget(change.Path) != change.Target,
            };
            if (moved)
            {
                throw new IOException($"{change.Path} no longer resolves to the path that was checked (a symbolic link changed); nothing was written");
            }
        }

        foreach (var change in plan.Changes)
        {
            switch (change.Kind)
            {
                case FileChangeKind.Add:
                    WriteAtomically(change.Target, change.NewContent!);
                    break;
                case FileChangeKind.Delete:
                    File.Delete(change.Target);
                    break;
                default:
                    if (change.MoveTarget is { } dest)
                    {
                        WriteAtomically(dest, change.NewContent!, modeFrom: change.Target);
                        File.Delete(change.Target);
                    }
                    else
                    {
                        WriteAtomically(change.Target, change.NewContent!);
                    }

                    break;
            }
        }
    }

    /// <summary>Where writing <paramref name="path"/> lands: every link resolved, a link at the end followed too.</summary>
    public static string WriteTarget(string path)
        => RealPath.Of(path) ?? throw new PatchException($"Failed to resolve {path}: Too many levels of symbolic links (os error 40)");

    /// <summary>The directory entry removing <paramref name="path"/> removes: its folder resolved, a link at the end kept.</summary>
    public static string EntryTarget(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        var realParent = RealPath.Of(parent) ?? throw new PatchException($"Failed to resolve {path}: Too many levels of symbolic links (os error 40)");
        return Path.Combine(realParent, Path.GetFileName(full));
    }

    /// <summary>Parses, verifies and writes; returns the plan that was applied.</summary>
    public static PatchPlan Apply(string patchText, string cwd)
    {
        var plan = Plan(PatchParser.Parse(patchText), cwd);
        Commit(plan);
        return plan;
    }

    /// <summary>A path from the patch made absolute against <paramref name="cwd"/>.</summary>
    public static string Resolve(string cwd, string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(cwd, path));

    private static string ReadForUpdate(string path, Func<string, string?> current)
    {
        try
        {
            return current(path) ?? throw new FileNotFoundException();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PatchException($"Failed to read file to update {path}: No such file or directory (os error 2)");
        }
        catch (UnauthorizedAccessException)
        {
            throw new PatchException($"Failed to read file to update {path}: Permission denied (os error 13)");
        }
    }

    /// <summary>Applies the chunks of an update to <paramref name="original"/>, keeping its line endings.</summary>
    public static string ApplyChunks(string original, IReadOnlyList<UpdateChunk> chunks, string path)
    {
        bool crlf = original.Contains("\r\n", StringComparison.Ordinal);
        var lines = LineDiff.SplitLines(original.Replace("\r\n", "\n"));
        var replacements = new List<(int Index, int Length, IReadOnlyList<string> Lines)>();
        int cursor = 0;
        foreach (var chunk in chunks)
        {
            if (chunk.ChangeContext is { } context)
            {
                var at = SeekSequence.Find(lines, [context], cursor, false)
                    ?? throw new PatchException($"Failed to find context '{context}' in {path}");
                cursor = at + 1;
            }

            if (chunk.OldLines.Count == 0)
            {
                // Pure addition: goes at the end of the file.
                replacements.Add((lines.Count, 0, chunk.NewLines));
                continue;
            }

            IReadOnlyList<string> pattern = chunk.OldLines, replacement = chunk.NewLines;
            var found = SeekSequence.Find(lines, pattern, cursor, chunk.IsEndOfFile);
            if (found is null && pattern[^1].Length == 0)
            {
                // A trailing empty context line often stands for the file's final newline.
                pattern = [.. pattern.Take(pattern.Count - 1)];
                if (replacement.Count > 0 && replacement[^1].Length == 0)
                {
                    replacement = [.. replacement.Take(replacement.Count - 1)];
                }

                found = SeekSequence.Find(lines, pattern, cursor, chunk.IsEndOfFile);
            }

            if (found is not { } index)
            {
                throw new PatchException($"Failed to find expected lines in {path}:\n{string.Join('\n', chunk.OldLines)}");
            }

            replacements.Add((index, pattern.Count, replacement));
            cursor = index + pattern.Count;
        }

        foreach (var (index, length, newLines) in replacements.OrderByDescending(r => r.Index))
        {
            lines.RemoveRange(index, length);
            lines.InsertRange(index, newLines);
        }

        var eol = crlf ? "\r\n" : "\n";
        return lines.Count == 0 ? "" : string.Join(eol, lines) + eol;
    }

    private static void WriteAtomically(string path, string content, string? modeFrom = null)
    {
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, content);
            var source = modeFrom ?? path;
            if (!OperatingSystem.IsWindows() && File.Exists(source))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(source));
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
