namespace AppServer.Sandbox.Executors;

/// <summary>The few filesystem questions argv builders ask (a seam for unit tests).</summary>
public interface IFileProbe
{
    /// <summary>Whether a file or directory exists at <paramref name="path"/>.</summary>
    bool Exists(string path);

    /// <summary>Whether <paramref name="path"/> is a directory.</summary>
    bool IsDirectory(string path);

    /// <summary>Whether <paramref name="path"/> is a directory with nothing in it.</summary>
    bool IsEmptyDirectory(string path);
}

/// <summary>The real filesystem.</summary>
public sealed class DiskFileProbe : IFileProbe
{
    /// <summary>Shared instance.</summary>
    public static DiskFileProbe Instance { get; } = new();

    /// <inheritdoc />
    public bool Exists(string path) => Path.Exists(path);

    /// <inheritdoc />
    public bool IsDirectory(string path) => Directory.Exists(path);

    /// <inheritdoc />
    public bool IsEmptyDirectory(string path)
    {
        try
        {
            return Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
