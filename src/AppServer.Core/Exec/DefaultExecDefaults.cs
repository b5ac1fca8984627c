using System.Collections;
using AppServer.Sandbox.Policies;

namespace AppServer.Core.Exec;

/// <summary>The built-in defaults: read-only sandbox without network, and the server's whole environment.</summary>
public sealed class DefaultExecDefaults : IExecDefaults
{
    /// <inheritdoc />
    public SandboxPolicy DefaultSandboxPolicy() => SandboxPolicy.Default;

    /// <inheritdoc />
    public Dictionary<string, string> CreateBaseEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return environment;
    }
}
