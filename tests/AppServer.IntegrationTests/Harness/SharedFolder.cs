using System.Diagnostics;

namespace AppServer.IntegrationTests.Harness;

/// <summary>The project's <c>shared/</c> folder (beside the repository) and the Python that runs its scripts.</summary>
public static class SharedFolder
{
    /// <summary>Finds <c>shared/&lt;name&gt;</c> by walking up from the test binaries.</summary>
    public static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/{name} not found beside the repository");
    }

    private static readonly Lazy<string> PythonPath = new(FindPython);

    /// <summary>A python3 that has the jsonschema module (Debian's python3-jsonschema lives in /usr/bin/python3).</summary>
    public static string Python() => PythonPath.Value;

    private static string FindPython()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("CONFORMANCE_PYTHON"), "python3", "/usr/bin/python3" })
        {
            if (string.IsNullOrEmpty(candidate))
            {
                continue;
            }

            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import jsonschema"]) { RedirectStandardError = true, UseShellExecute = false })!;
                probe.WaitForExit(20_000);
                if (probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }

        throw new InvalidOperationException("no python3 with the jsonschema module (apt-get install python3-jsonschema)");
    }
}
