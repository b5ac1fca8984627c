using AppServer.Sandbox.Policies;

namespace AppServer.Sandbox.Executors;

/// <summary>Chooses the executor for a policy on this platform.</summary>
public sealed class SandboxSelector
{
    private readonly ISandboxExecutor _none;
    private readonly ISandboxExecutor? _restricted;
    private readonly string _platform;

    /// <summary>The selector for the current platform, with bwrap looked up on PATH.</summary>
    public SandboxSelector()
        : this(new SandboxOptions())
    {
    }

    /// <summary>The selector for the current platform.</summary>
    public SandboxSelector(SandboxOptions options)
        : this(OperatingSystem.IsLinux() ? new BubblewrapExecutor(DiskFileProbe.Instance, options.BubblewrapPath) : OperatingSystem.IsMacOS() ? new SeatbeltExecutor() : null,
            System.Runtime.InteropServices.RuntimeInformation.OSDescription)
    {
    }

    /// <summary>A selector with an explicit restricted executor (<c>null</c>: none on this platform).</summary>
    public SandboxSelector(ISandboxExecutor? restricted, string platform)
    {
        _none = new NoSandboxExecutor();
        _restricted = restricted;
        _platform = platform;
    }

    /// <summary>The executor that enforces <paramref name="policy"/>.</summary>
    /// <exception cref="SandboxUnavailableException">No sandbox exists for this platform.</exception>
    public ISandboxExecutor Select(SandboxPolicy policy) => policy switch
    {
        DangerFullAccessPolicy or ExternalSandboxPolicy => _none,
        _ => _restricted ?? throw new SandboxUnavailableException(
            $"Refusing to run a sandboxed command: no sandbox is available on {_platform}. " +
            "Choose the `dangerFullAccess` / `externalSandbox` sandbox policy if the command may run unsandboxed."),
    };
}
