using System.Diagnostics;

namespace AppServer.IntegrationTests.Conformance;

/// <summary>
/// Runs the shared conformance scenarios (../shared/conformance) against the built server over stdio and
/// WebSocket. Each scenario validates every message against the reference schema and prints a verdict.
/// An extra check: a clone without <c>../shared</c> skips them, and what they check is also covered by the
/// suite's own tests (<c>Scenarios/</c>).
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

    [SharedConformanceTheory]
    [MemberData(nameof(Cases))]
    public async Task Scenario_passes(string scenario, string transport)
    {
        var script = Path.Combine(SharedFolder.TryFind("conformance")!, "scenarios", scenario + ".py");
        File.Exists(script).Should().BeTrue($"{script} exists (shared/ sits beside the repository)");
        var server = TestServer.ServerCommandLine + (transport == "ws" ? " --listen ws://127.0.0.1:{port}" : "");
        var output = Path.Combine(Path.GetTempPath(), "appserver-conformance", $"{scenario}-{transport}-{Guid.NewGuid():N}");

        var psi = new ProcessStartInfo(SchemaPython.Path)
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
}

/// <summary>
/// A theory that is skipped, with the reason, when <c>shared/conformance</c> is not beside the repository, or when
/// <c>.ci/run</c> runs the scenarios itself (xunit 2 has no runtime skip: the attribute decides at discovery).
/// </summary>
public sealed class SharedConformanceTheoryAttribute : TheoryAttribute
{
    public SharedConformanceTheoryAttribute()
    {
        if (SharedFolder.TryFind("conformance") is null)
        {
            Skip = "shared/conformance is not beside the repository (a standalone clone): the scenarios are an extra check; the tests in Scenarios/ port what they check";
        }
        else if (Environment.GetEnvironmentVariable("APPSERVER_CONFORMANCE_IN_CI") == "1")
        {
            Skip = ".ci/run runs the shared scenarios itself after the suite (stdio and ws), so not twice";
        }
    }
}
