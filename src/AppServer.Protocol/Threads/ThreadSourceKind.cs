using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Source-kind filter value of <c>thread/list</c>.</summary>
public enum ThreadSourceKind
{
    /// <summary><c>cli</c>.</summary>
    [JsonStringEnumMemberName("cli")]
    Cli,

    /// <summary><c>vscode</c>.</summary>
    [JsonStringEnumMemberName("vscode")]
    Vscode,

    /// <summary><c>exec</c>.</summary>
    [JsonStringEnumMemberName("exec")]
    Exec,

    /// <summary><c>appServer</c>.</summary>
    [JsonStringEnumMemberName("appServer")]
    AppServer,

    /// <summary><c>subAgent</c>.</summary>
    [JsonStringEnumMemberName("subAgent")]
    SubAgent,

    /// <summary><c>subAgentReview</c>.</summary>
    [JsonStringEnumMemberName("subAgentReview")]
    SubAgentReview,

    /// <summary><c>subAgentCompact</c>.</summary>
    [JsonStringEnumMemberName("subAgentCompact")]
    SubAgentCompact,

    /// <summary><c>subAgentThreadSpawn</c>.</summary>
    [JsonStringEnumMemberName("subAgentThreadSpawn")]
    SubAgentThreadSpawn,

    /// <summary><c>subAgentOther</c>.</summary>
    [JsonStringEnumMemberName("subAgentOther")]
    SubAgentOther,

    /// <summary><c>unknown</c>.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
