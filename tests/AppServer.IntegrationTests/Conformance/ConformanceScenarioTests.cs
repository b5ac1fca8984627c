using System.Diagnostics;

namespace AppServer.IntegrationTests.Conformance;

/// <summary>
/// Runs the shared conformance scenarios (../shared/conformance) against the built server over stdio and
/// WebSocket. Each scenario validates every message against the reference schema and prints a verdict.
/// A scenario is listed here once the issues it covers have landed.
/// </summary>
public sealed class ConformanceScenarioTests
{
    /// <summary>Scenarios this server must pass.</summary>
    public static readonly string[] Passing =
    [
        "a_handshake",
        "b_threads",
        "c_turn_stream",
        "d_approval",
        "e_apply_patch",
        "f_interrupt",
        "g_command_exec",
        "h_fs",
        "i_config",
        "j_persistence",
        "k_update_plan",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in Passing)
        {
            data.Add(scenario, "stdio");
            data.Add(scenario, "ws");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario_passes(string scenario, string transport)
    {
        var script = Path.Combine(ConformanceRoot(), "scenarios", scenario + ".py");
        File.Exists(script).Should().BeTrue($"{script} exists (shared/ sits beside the repository)");
        var server = TestServer.ServerCommandLine + (transport == "ws" ? " --listen ws://127.0.0.1:{port}" : "");
        var output = Path.Combine(Path.GetTempPath(), "appserver-conformance", $"{scenario}-{transport}-{Guid.NewGuid():N}");

        var psi = new ProcessStartInfo(Python())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add("--server");
        psi.ArgumentList.Add(server);
        psi.ArgumentList.Add("--out");
        psi.ArgumentList.Add(output);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var verdict = (await stdout).TrimEnd().Split('\n').LastOrDefault() ?? "";
        process.ExitCode.Should().Be(0, $"scenario {scenario} over {transport} must pass.\nverdict: {verdict}\nstdout:\n{await stdout}\nstderr:\n{await stderr}\ntranscripts: {output}");
    }

    private static string ConformanceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/conformance not found beside the repository");
    }

    /// <summary>A python3 that has the jsonschema module (Debian's python3-jsonschema lives in /usr/bin/python3).</summary>
    private static string Python()
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
