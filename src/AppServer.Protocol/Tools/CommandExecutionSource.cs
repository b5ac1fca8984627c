using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>What started a <c>commandExecution</c> item.</summary>
public enum CommandExecutionSource
{
    /// <summary><c>agent</c>.</summary>
    [JsonStringEnumMemberName("agent")]
    Agent,

    /// <summary><c>userShell</c>.</summary>
    [JsonStringEnumMemberName("userShell")]
    UserShell,

    /// <summary><c>unifiedExecStartup</c>.</summary>
    [JsonStringEnumMemberName("unifiedExecStartup")]
    UnifiedExecStartup,

    /// <summary><c>unifiedExecInteraction</c>.</summary>
    [JsonStringEnumMemberName("unifiedExecInteraction")]
    UnifiedExecInteraction,
}
