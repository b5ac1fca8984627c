using AppServer.Sandbox.Policies;

namespace AppServer.Core.Exec;

/// <summary>
/// Where command execution gets its defaults: the configured sandbox policy (<c>sandbox_mode</c>) and the
/// base environment after <c>shell_environment_policy</c>. The config layer provides the real one.
/// </summary>
public interface IExecDefaults
{
    /// <summary>The sandbox policy for a command that names none.</summary>
    SandboxPolicy DefaultSandboxPolicy();

    /// <summary>A fresh copy of the environment a command starts from (before per-request overrides).</summary>
    Dictionary<string, string> CreateBaseEnvironment();
}
