namespace AppServer.Sandbox.Executors;

/// <summary>macOS sandbox: <c>/usr/bin/sandbox-exec -p &lt;profile&gt; -- command</c>.</summary>
public sealed class SeatbeltExecutor(IFileProbe files) : ISandboxExecutor
{
    /// <summary>The system's sandbox-exec.</summary>
    public const string SandboxExec = "/usr/bin/sandbox-exec";

    public SeatbeltExecutor() : this(DiskFileProbe.Instance)
    {
    }

    /// <inheritdoc />
    public string Name => "seatbelt";

    /// <inheritdoc />
    public LaunchPlan Prepare(SandboxRequest request)
    {
        if (!files.Exists(SandboxExec))
        {
            throw new SandboxUnavailableException(
                $"Refusing to run a sandboxed command: {SandboxExec} is missing, so the Seatbelt sandbox cannot be applied. " +
                "Choose the `dangerFullAccess` / `externalSandbox` sandbox policy if the command may run unsandboxed.");
        }

        request.Environment.TryGetValue("TMPDIR", out var tmpdir);
        return new LaunchPlan(BuildArgv(request, tmpdir, files), request.Cwd, Environment(request));
    }

    /// <summary>The full argv (exposed for unit tests).</summary>
    public static IReadOnlyList<string> BuildArgv(SandboxRequest request, string? tmpdir, IFileProbe files)
    {
        var roots = WritableRoots.For(request.Policy, request.PolicyCwd, tmpdir, files);
        return [SandboxExec, "-p", SeatbeltProfile.Build(request.Policy, roots, request.HiddenFiles, request.ReadOnlyPaths), "--", .. request.Command];
    }

    private static IReadOnlyDictionary<string, string> Environment(SandboxRequest request)
    {
        var environment = request.Policy.NetworkAccess
            ? new Dictionary<string, string>(request.Environment, StringComparer.Ordinal)
            : new Dictionary<string, string>(SandboxEnvironment.WithNetworkDisabled(request.Environment), StringComparer.Ordinal);
        environment["CODEX_SANDBOX"] = "seatbelt";
        return environment;
    }
}
