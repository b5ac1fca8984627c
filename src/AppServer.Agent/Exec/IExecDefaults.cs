using AppServer.Sandbox.Policies;

namespace AppServer.Agent.Exec;

/// <summary>
/// Where command execution gets its defaults: the configured sandbox policy (<c>sandbox_mode</c>) and the
/// base environment after <c>shell_environment_policy</c>. The config layer provides the real one.
/// </summary>
public interface IExecDefaults
{
    /// <summary>The sandbox policy for a command that names none.</summary>
    SandboxPolicy DefaultSandboxPolicy(string cwd);

    /// <summary>The policy of a permission profile (<c>:read-only</c>, <c>:workspace</c>, or a configured one).</summary>
    /// <exception cref="AppServer.Protocol.Errors.InvalidRequestException">Unknown or invalid profile.</exception>
    SandboxPolicy ResolvePermissionProfile(string id);

    /// <summary>A fresh copy of the environment a <c>command/exec</c> starts from (before per-request overrides).</summary>
    Dictionary<string, string> CreateBaseEnvironment(string cwd);

    /// <summary>
    /// A fresh copy of the environment a model's command starts from: <c>shell_environment_policy</c> with its
    /// default excludes (<c>*KEY*</c>, <c>*SECRET*</c>, <c>*TOKEN*</c>) on unless <c>ignore_default_excludes = true</c>.
    /// </summary>
    Dictionary<string, string> CreateAgentEnvironment(string cwd);
}
