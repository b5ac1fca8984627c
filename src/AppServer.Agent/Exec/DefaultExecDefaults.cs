using System.Collections;
using AppServer.Protocol.Errors;
using AppServer.Sandbox.Policies;

namespace AppServer.Agent.Exec;

/// <summary>The built-in defaults: read-only sandbox without network, and the server's whole environment (minus secret-looking names for model commands).</summary>
public sealed class DefaultExecDefaults : IExecDefaults
{
    /// <inheritdoc />
    public SandboxPolicy DefaultSandboxPolicy(string cwd) => SandboxPolicy.Default;

    /// <inheritdoc />
    public SandboxPolicy ResolvePermissionProfile(string id) => id switch
    {
        ":read-only" => new ReadOnlyPolicy(NetworkAccess: false),
        ":workspace" => new WorkspaceWritePolicy([], NetworkAccess: false, ExcludeTmpdirEnvVar: false, ExcludeSlashTmp: false),
        _ when id.StartsWith(':') => throw new InvalidRequestException($"invalid permission profile: default_permissions refers to unknown built-in profile `{id}`"),
        // Named profiles live in config ([permissions.<id>]); without config there are none.
        _ => throw new InvalidRequestException("invalid permission profile: default_permissions requires a `[permissions]` table"),
    };

    /// <inheritdoc />
    public Dictionary<string, string> CreateBaseEnvironment(string cwd) => ServerEnvironment();

    /// <inheritdoc />
    public Dictionary<string, string> CreateAgentEnvironment(string cwd)
        => ServerEnvironment().Where(e => !ConfigExecDefaults.DefaultExcludes.Any(x => ConfigExecDefaults.Glob(x).IsMatch(e.Key))).ToDictionary(StringComparer.Ordinal);

    /// <summary>A copy of the server's environment.</summary>
    public static Dictionary<string, string> ServerEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return environment;
    }
}
