namespace AppServer.Core.Files;

/// <summary>What <see cref="FileSystemService.GetMetadata"/> reports.</summary>
public sealed record FileMetadata(bool IsDirectory, bool IsFile, bool IsSymlink, long CreatedAtMs, long ModifiedAtMs);
