using System.ComponentModel;
using System.Diagnostics;
using AppServer.Sandbox.Executors;

namespace AppServer.Sandbox.Processes;

/// <summary>Spawns a <see cref="LaunchPlan"/> on pipes or on a pseudo-terminal.</summary>
public static class ProcessRunner
{
    /// <summary>Starts the process.</summary>
    /// <param name="plan">What to run.</param>
    /// <param name="tty">A terminal size to run on a new PTY, or <c>null</c> for pipes.</param>
    /// <param name="keepStdinOpen">For pipes: keep stdin open for <see cref="IRunningProcess.WriteStdinAsync"/>; otherwise the process sees end-of-file at once.</param>
    /// <exception cref="SpawnException">The process could not be started (missing program or cwd, ...).</exception>
    public static IRunningProcess Start(LaunchPlan plan, TerminalSize? tty, bool keepStdinOpen)
    {
        if (!Directory.Exists(plan.Cwd))
        {
            plan.AfterExit();
            throw SpawnException.FromErrno(File.Exists(plan.Cwd) ? 20 : 2); // ENOTDIR or ENOENT, as chdir(2) would
        }

        try
        {
            return tty is { } size ? PtyProcess.Start(plan, size) : PipeProcess.Start(plan, keepStdinOpen);
        }
        catch (Win32Exception ex)
        {
            plan.AfterExit();
            throw SpawnException.FromErrno(ex.NativeErrorCode);
        }
        catch
        {
            plan.AfterExit();
            throw;
        }
    }

    /// <summary>A start info with the plan's argv, cwd and exact environment, and no inherited stdio.</summary>
    internal static ProcessStartInfo CreateStartInfo(LaunchPlan plan, IEnumerable<string> argv)
    {
        var list = argv.ToList();
        var start = new ProcessStartInfo(list[0])
        {
            WorkingDirectory = plan.Cwd,
            UseShellExecute = false,
            // Never let a child inherit the server's stdio: stdout carries the protocol.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in list.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (key, value) in plan.Environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
