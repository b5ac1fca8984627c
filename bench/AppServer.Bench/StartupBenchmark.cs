using System.Diagnostics;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary>
/// Cold start to the initialize response (wall and CPU time), and idle memory after it. By default it measures the build a user
/// runs: the host is published (<c>dotnet publish -c Release</c>, ReadyToRun) into the bench's output and
/// started as <c>./appserver</c>; <c>dotnet appserver.dll</c> from the plain build is measured beside it.
/// <c>--published DIR</c> reuses a publish folder; <c>APPSERVER_TEST_SERVER</c> measures that command only
/// (e.g. the reference).
/// </summary>
internal static class StartupBenchmark
{
    private const int Runs = 10;

    public static async Task RunAsync(string[] args)
    {
        if (Environment.GetEnvironmentVariable("APPSERVER_TEST_SERVER") is { Length: > 0 } command)
        {
            await MeasureAsync(command).ConfigureAwait(false);
            return;
        }

        var index = Array.IndexOf(args, "--published");
        var published = index >= 0 && index + 1 < args.Length ? Path.GetFullPath(args[index + 1]) : await PublishAsync().ConfigureAwait(false);
        try
        {
            Environment.SetEnvironmentVariable("APPSERVER_TEST_SERVER", Path.Combine(published, "appserver"));
            await MeasureAsync("published (ReadyToRun) ./appserver").ConfigureAwait(false);
        }
        finally
        {
            Environment.SetEnvironmentVariable("APPSERVER_TEST_SERVER", null);
        }

        await MeasureAsync("dotnet appserver.dll (plain build)").ConfigureAwait(false);
    }

    private static async Task MeasureAsync(string label)
    {
        var samples = new List<double>();
        var cpu = new List<double>();
        long rssKb = 0;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var (server, client) = await TestServer.StartStdioAsync();
            await using (server)
            await using (client)
            {
                await client.InitializeAsync();
                samples.Add(clock.Elapsed.TotalMilliseconds);
                // CPU time (user + system, all threads) spent up to the answer: steadier than wall time on a busy machine.
                server.Process.Refresh();
                cpu.Add(server.Process.TotalProcessorTime.TotalMilliseconds);
                await Task.Delay(200);
                server.Process.Refresh();
                rssKb = Math.Max(rssKb, server.Process.WorkingSet64 / 1024);
            }
        }

        Console.WriteLine($"{label}: cold start to initialize response: {Stats.Summary(samples)}");
        Console.WriteLine($"{label}: CPU time up to the initialize response: {Stats.Summary(cpu)}");
        Console.WriteLine($"{label}: idle RSS after initialize: {rssKb / 1024.0:F1} MiB");
    }

    /// <summary>Runs the default Release publish of the host, as the README tells users to.</summary>
    private static async Task<string> PublishAsync()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "AppServer.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))
                ?? throw new InvalidOperationException("AppServer.sln not found above the bench; pass --published DIR");
        }

        var output = Path.Combine(AppContext.BaseDirectory, "published-host");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "publish", Path.Combine(root, "src", "AppServer.Host"), "-c", "Release", "-o", output, "-nologo", "-v", "quiet" })
        {
            psi.ArgumentList.Add(arg);
        }

        Console.WriteLine($"publishing the host to {output} ...");
        using var publish = Process.Start(psi) ?? throw new InvalidOperationException("could not run dotnet publish");
        var log = await publish.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await publish.WaitForExitAsync().ConfigureAwait(false);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{log}");
        }

        return output;
    }
}
