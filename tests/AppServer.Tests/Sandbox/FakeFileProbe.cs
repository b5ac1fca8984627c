using AppServer.Sandbox.Executors;

namespace AppServer.Tests.Sandbox;

/// <summary>An in-memory filesystem answer sheet for argv builders.</summary>
internal sealed class FakeFileProbe(IEnumerable<string> directories, IEnumerable<string>? files = null) : IFileProbe
{
    private readonly HashSet<string> _directories = [.. directories];
    private readonly HashSet<string> _files = [.. files ?? []];

    public bool Exists(string path) => _directories.Contains(path) || _files.Contains(path);

    public bool IsDirectory(string path) => _directories.Contains(path);

    public bool IsEmptyDirectory(string path)
        => IsDirectory(path) && !_directories.Concat(_files).Any(p => p.StartsWith(path + "/", StringComparison.Ordinal));
}
