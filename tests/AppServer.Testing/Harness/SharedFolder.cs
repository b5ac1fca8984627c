namespace AppServer.Testing;

/// <summary>
/// The project's optional <c>shared/</c> folder beside the repository. A fresh clone has none, so nothing the
/// suite needs may live only there: callers treat a missing folder as "extra check not available".
/// </summary>
public static class SharedFolder
{
    /// <summary>Finds <c>shared/&lt;name&gt;</c> by walking up from the test binaries; null when there is none.</summary>
    public static string? TryFind(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
