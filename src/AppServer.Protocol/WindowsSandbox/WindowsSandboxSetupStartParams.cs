using AppServer.Protocol.Paths;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.WindowsSandbox;

/// <summary>Params of <c>windowsSandbox/setupStart</c>.</summary>
public sealed class WindowsSandboxSetupStartParams
{
    /// <summary>Workspace to prepare.</summary>
    [JsonPropertyName("cwd")]
    public AbsolutePath? Cwd { get; init; }

    /// <summary>Which sandbox to set up.</summary>
    [JsonPropertyName("mode")]
    public required WindowsSandboxSetupMode Mode { get; init; }
}
