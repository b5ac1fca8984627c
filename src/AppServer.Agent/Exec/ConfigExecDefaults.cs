using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AppServer.Config;
using AppServer.Core.Threads.Settings;
using AppServer.Sandbox.Policies;

namespace AppServer.Agent.Exec;

/// <summary>
/// Exec defaults from config: <c>sandbox_mode</c> (+ <c>[sandbox_workspace_write]</c>) and
/// <c>[shell_environment_policy]</c>, loaded for the command's cwd so trusted project layers apply.
/// </summary>
public sealed class ConfigExecDefaults(ConfigService config) : IExecDefaults
{
    private static readonly string[] CoreVariables = ["HOME", "LOGNAME", "PATH", "SHELL", "USER", "USERNAME", "TMPDIR", "TEMP", "TMP"];
    /// <summary>The documented default excludes of <c>shell_environment_policy</c>.</summary>
    internal static readonly string[] DefaultExcludes = ["*KEY*", "*SECRET*", "*TOKEN*"];

    private readonly DefaultExecDefaults _builtIn = new();

    /// <inheritdoc />
    public SandboxPolicy DefaultSandboxPolicy(string cwd)
    {
        var effective = config.Load(cwd).Effective;
        var workspace = effective.SandboxWorkspaceWrite;
        return SandboxModes.Parse(effective.SandboxMode) switch
        {
            SandboxModeKind.DangerFullAccess => new DangerFullAccessPolicy(),
            SandboxModeKind.WorkspaceWrite => new WorkspaceWritePolicy(workspace.WritableRoots, workspace.NetworkAccess, workspace.ExcludeTmpdirEnvVar, workspace.ExcludeSlashTmp),
            _ => SandboxPolicy.Default,
        };
    }

    /// <inheritdoc />
    public SandboxPolicy ResolvePermissionProfile(string id) => _builtIn.ResolvePermissionProfile(id);

    /// <inheritdoc />
    public Dictionary<string, string> CreateBaseEnvironment(string cwd) => Create(cwd, forModel: false);

    /// <inheritdoc />
    public Dictionary<string, string> CreateAgentEnvironment(string cwd) => Create(cwd, forModel: true);

    private Dictionary<string, string> Create(string cwd, bool forModel)
    {
        var snapshot = config.Load(cwd);
        var policy = snapshot.Effective.ShellEnvironmentPolicy;
        var server = DefaultExecDefaults.ServerEnvironment();
        var environment = policy.Inherit switch
        {
            "none" => new Dictionary<string, string>(StringComparer.Ordinal),
            "core" => server.Where(e => CoreVariables.Contains(e.Key)).ToDictionary(StringComparer.Ordinal),
            _ => server,
        };

        // The reference passes KEY/SECRET/TOKEN variables through unless the user explicitly asks for the
        // default excludes (ignore_default_excludes = false); command/exec keeps that. The model's commands get
        // them unless the user explicitly turns them off: a model must not see the server's secrets by default.
        bool? ignoreDefaults = (snapshot.Merged["shell_environment_policy"] as JsonObject)?["ignore_default_excludes"] is JsonValue value
            && value.TryGetValue<bool>(out var ignore) ? ignore : null;
        var applyDefaults = forModel ? ignoreDefaults != true : ignoreDefaults == false;
        var excludes = (applyDefaults ? DefaultExcludes : []).Concat(policy.Exclude).Select(Glob).ToList();
        foreach (var name in environment.Keys.ToList())
        {
            if (excludes.Any(e => e.IsMatch(name)))
            {
                environment.Remove(name);
            }
        }

        if (policy.IncludeOnly is { Count: > 0 } includeOnly)
        {
            var includes = includeOnly.Select(Glob).ToList();
            foreach (var name in environment.Keys.Where(n => !includes.Any(i => i.IsMatch(n))).ToList())
            {
                environment.Remove(name);
            }
        }

        foreach (var (name, setValue) in policy.Set)
        {
            environment[name] = setValue;
        }

        return environment;
    }

    /// <summary>A case-insensitive shell-style glob (<c>*</c>, <c>?</c>) over the whole name.</summary>
    internal static Regex Glob(string pattern)
        => new("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
