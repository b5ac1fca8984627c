using System.Diagnostics;

namespace AppServer.Sandbox.Executors;

/// <summary>
/// Linux sandbox: runs the command under bubblewrap (<c>bwrap</c>). The binary is found on PATH, or at
/// the configured path (<c>APPSERVER_BWRAP_PATH</c>) when given, and probed once; if it is missing or cannot create its namespaces,
/// restricted commands are refused with instructions instead of running unsandboxed.
/// </summary>
/// <param name="files">How the sandbox sees the file system.</param>
/// <param name="configuredPath">Where bwrap is; null looks on PATH.</param>
public sealed class BubblewrapExecutor(IFileProbe files, string? configuredPath = null) : ISandboxExecutor
{
    /// <summary>The variable the configured path comes from, named in the error when it is wrong.</summary>
    public const string PathVariable = "APPSERVER_BWRAP_PATH";

    private const string InstallHint =
        "Install bubblewrap (Debian/Ubuntu: `sudo apt-get install bubblewrap`, Fedora: `sudo dnf install bubblewrap`, " +
        "Arch: `sudo pacman -S bubblewrap`), or choose the `dangerFullAccess` / `externalSandbox` sandbox policy if the " +
        "command may run unsandboxed.";

    private readonly object _gate = new();
    private string? _verifiedPath;

    public BubblewrapExecutor() : this(DiskFileProbe.Instance)
    {
    }

    /// <inheritdoc />
    public string Name => "bubblewrap";

    /// <inheritdoc />
    public LaunchPlan Prepare(SandboxRequest request)
    {
        var bwrap = EnsureAvailable();
        request.Environment.TryGetValue("TMPDIR", out var tmpdir);
        var hidden = request.HiddenFiles.Count > 0 && !OperatingSystem.IsWindows()
            ? (request.HiddenFiles, HiddenPlaceholder.Path())
            : ((IReadOnlyList<string>, string)?)null;
        var built = BubblewrapArguments.Build(request.Policy, request.Command, request.Cwd, tmpdir, request.Tty, files, request.PolicyCwd, hidden, request.ReadOnlyPaths);
        var environment = request.Policy.NetworkAccess
            ? request.Environment
            : SandboxEnvironment.WithNetworkDisabled(request.Environment);
        MountPointLedger.Acquire(built.CreatedMountPoints);
        return new LaunchPlan([bwrap, .. built.Arguments], request.Cwd, environment)
        {
            AfterExit = () => MountPointLedger.Release(built.CreatedMountPoints),
        };
    }

    /// <summary>Returns the path of a working bwrap, probing it the first time.</summary>
    /// <exception cref="SandboxUnavailableException">bwrap is missing or does not work here.</exception>
    public string EnsureAvailable()
    {
        lock (_gate)
        {
            if (_verifiedPath is not null)
            {
                return _verifiedPath;
            }

            var path = Locate() ?? throw new SandboxUnavailableException(
                $"Refusing to run a sandboxed command: bubblewrap (`bwrap`) was not found{Where()}. {InstallHint}");
            Probe(path);
            _verifiedPath = path;
            return path;
        }
    }

    private string Where()
        => configuredPath is { Length: > 0 } configured ? $" at {configured} ({PathVariable})" : " on PATH";

    private string? Locate()
    {
        if (configuredPath is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "bwrap");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs <c>true</c> with the same namespace flags real commands use.</summary>
    private static void Probe(string bwrap)
    {
        var start = new ProcessStartInfo(bwrap)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--new-session", "--die-with-parent", "--ro-bind", "/", "/", "--dev", "/dev",
                     "--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-net", "--proc", "/proc", "--cap-drop", "ALL", "--", "true"])
        {
            start.ArgumentList.Add(argument);
        }

        string error;
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0)
            {
                return;
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            error = ex.Message;
        }

        throw new SandboxUnavailableException(
            $"Refusing to run a sandboxed command: bubblewrap at {bwrap} cannot create a sandbox here ({error.Trim()}). " +
            "It needs unprivileged user namespaces (check `sysctl kernel.unprivileged_userns_clone` and, on Ubuntu, " +
            "the AppArmor `userns` restriction). " + InstallHint);
    }
}
