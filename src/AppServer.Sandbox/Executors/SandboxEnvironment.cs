namespace AppServer.Sandbox.Executors;

/// <summary>Variables a sandbox announces to the command it runs.</summary>
public static class SandboxEnvironment
{
    /// <summary>Set to <c>1</c> when the command has no network, so tools can skip network tests.</summary>
    public const string NetworkDisabled = "CODEX_SANDBOX_NETWORK_DISABLED";

    /// <summary>A copy of <paramref name="environment"/> with <see cref="NetworkDisabled"/> set.</summary>
    public static IReadOnlyDictionary<string, string> WithNetworkDisabled(IReadOnlyDictionary<string, string> environment)
        => new Dictionary<string, string>(environment, StringComparer.Ordinal) { [NetworkDisabled] = "1" };
}
