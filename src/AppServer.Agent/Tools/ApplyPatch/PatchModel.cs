namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>One file operation of a parsed patch. Paths are as written in the patch (relative or absolute).</summary>
public abstract record PatchHunk(string Path);

/// <summary><c>*** Add File: path</c> followed by <c>+line</c>s.</summary>
public sealed record AddFileHunk(string Path, string Contents) : PatchHunk(Path);

/// <summary><c>*** Delete File: path</c>.</summary>
public sealed record DeleteFileHunk(string Path) : PatchHunk(Path);

/// <summary><c>*** Update File: path</c>, optionally <c>*** Move to: dest</c>, then change chunks.</summary>
public sealed record UpdateFileHunk(string Path, string? MovePath, IReadOnlyList<UpdateChunk> Chunks) : PatchHunk(Path);

/// <summary>
/// One <c>@@</c> section of an update: the optional context line to seek first, the lines to find
/// (context and <c>-</c> lines) and their replacement (context and <c>+</c> lines).
/// </summary>
public sealed record UpdateChunk(string? ChangeContext, IReadOnlyList<string> OldLines, IReadOnlyList<string> NewLines, bool IsEndOfFile);

/// <summary>A parsed patch: its hunks in order.</summary>
public sealed record Patch(IReadOnlyList<PatchHunk> Hunks);

/// <summary>A patch that could not be parsed or applied; <see cref="Exception.Message"/> is what the model is told.</summary>
public sealed class PatchException(string message) : Exception(message);
