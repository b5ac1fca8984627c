namespace AppServer.Testing;

/// <summary>The reference schema vendored in the repository (<c>tests/reference-schema</c>, see its NOTICE).</summary>
public static class ReferenceSchemaFolder
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The experimental surface: what a client that opts into <c>experimentalApi</c> (like the Codex TUI) sees.</summary>
    public static string Experimental => System.IO.Path.Combine(Root.Value, "codex-app-server-schema-experimental");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "reference-schema");
            if (File.Exists(System.IO.Path.Combine(candidate, "NOTICE")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/reference-schema not found above " + AppContext.BaseDirectory);
    }
}
