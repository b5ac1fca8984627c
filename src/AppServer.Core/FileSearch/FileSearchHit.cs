namespace AppServer.Core.FileSearch;

/// <summary>One result of a file search.</summary>
/// <param name="Root">The root as the caller gave it.</param>
/// <param name="RelativePath">Path under the root, '/'-separated.</param>
/// <param name="FileName">Last component of the path.</param>
/// <param name="IsDirectory">True for folders.</param>
/// <param name="Score">Relevance, higher first.</param>
/// <param name="Indices">Matched character positions in <paramref name="RelativePath"/>, ascending.</param>
public sealed record FileSearchHit(string Root, string RelativePath, string FileName, bool IsDirectory, uint Score, int[] Indices);
