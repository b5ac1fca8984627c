using System.Diagnostics;

namespace AppServer.Core.Plugins;

/// <summary>
/// Runs the <c>git</c> command line for git marketplaces and plugin sources. Prompts are disabled (a server
/// has no terminal), so a source needing credentials fails instead of hanging.
/// </summary>
public sealed class GitCli(string executable = "git")
{
    /// <summary>Clones <paramref name="url"/> into <paramref name="destination"/>, at <paramref name="refName"/> when given, limited to <paramref name="sparsePaths"/> when any.</summary>
    /// <exception cref="IOException">git is missing or failed (its output is in the message).</exception>
    public async Task CloneAsync(string url, string? refName, IReadOnlyList<string> sparsePaths, string destination, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (sparsePaths.Count > 0)
        {
            await RunAsync(["clone", "--no-checkout", "--filter=blob:none", url, destination], null, cancellationToken).ConfigureAwait(false);
            await RunAsync(["sparse-checkout", "set", "--no-cone", .. sparsePaths], destination, cancellationToken).ConfigureAwait(false);
            await RunAsync(["checkout", refName ?? "HEAD"], destination, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RunAsync(["clone", url, destination], null, cancellationToken).ConfigureAwait(false);
        if (refName is not null)
        {
            await RunAsync(["checkout", refName], destination, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The commit checked out in <paramref name="checkout"/>.</summary>
    public async Task<string> HeadAsync(string checkout, CancellationToken cancellationToken)
        => (await RunAsync(["rev-parse", "HEAD"], checkout, cancellationToken).ConfigureAwait(false)).Trim();

    /// <summary>The commit <paramref name="refName"/> (default <c>HEAD</c>) points to in the remote repository.</summary>
    public async Task<string?> RemoteRevisionAsync(string url, string? refName, CancellationToken cancellationToken)
    {
        var output = await RunAsync(["ls-remote", url, refName ?? "HEAD"], null, cancellationToken).ConfigureAwait(false);
        var first = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first?.Split('\t')[0].Trim();
    }

    private async Task<string> RunAsync(IReadOnlyList<string> args, string? workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new IOException($"failed to start {executable}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new IOException($"failed to run {executable}: {ex.Message}", ex);
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var output = await stdout.ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new IOException($"git {string.Join(' ', args)} failed with status exit status: {process.ExitCode}\nstdout:\n{output.TrimEnd()}\nstderr:\n{errors.TrimEnd()}");
            }

            return output;
        }
    }
}
