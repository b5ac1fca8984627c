using System.Diagnostics;

namespace AppServer.Testing;

/// <summary>A python3 that has the jsonschema module (Debian's python3-jsonschema lives in /usr/bin/python3).</summary>
public static class SchemaPython
{
    private static readonly Lazy<string> PythonPath = new(Find);

    /// <summary>The interpreter to run; <c>CONFORMANCE_PYTHON</c> picks one explicitly.</summary>
    public static string Path => PythonPath.Value;

    private static string Find()
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
