using System.Text.Json.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>Lifecycle event a hook runs on.</summary>
public enum HookEventName
{
    /// <summary>Before a model request.</summary>
    [JsonStringEnumMemberName("preModelRequest")]
    PreModelRequest,

    /// <summary>After a model request.</summary>
    [JsonStringEnumMemberName("postModelRequest")]
    PostModelRequest,

    /// <summary>Before a tool call.</summary>
    [JsonStringEnumMemberName("preToolUse")]
    PreToolUse,

    /// <summary>When a permission is requested.</summary>
    [JsonStringEnumMemberName("permissionRequest")]
    PermissionRequest,

    /// <summary>After a tool call.</summary>
    [JsonStringEnumMemberName("postToolUse")]
    PostToolUse,

    /// <summary>Before compaction.</summary>
    [JsonStringEnumMemberName("preCompact")]
    PreCompact,

    /// <summary>After compaction.</summary>
    [JsonStringEnumMemberName("postCompact")]
    PostCompact,

    /// <summary>When a thread starts.</summary>
    [JsonStringEnumMemberName("sessionStart")]
    SessionStart,

    /// <summary>When a thread ends.</summary>
    [JsonStringEnumMemberName("sessionEnd")]
    SessionEnd,

    /// <summary>When the user submits a prompt.</summary>
    [JsonStringEnumMemberName("userPromptSubmit")]
    UserPromptSubmit,

    /// <summary>When a sub-agent starts.</summary>
    [JsonStringEnumMemberName("subagentStart")]
    SubagentStart,

    /// <summary>When a sub-agent stops.</summary>
    [JsonStringEnumMemberName("subagentStop")]
    SubagentStop,

    /// <summary>When a turn stops.</summary>
    [JsonStringEnumMemberName("stop")]
    Stop,

    /// <summary>When a turn is interrupted.</summary>
    [JsonStringEnumMemberName("interrupt")]
    Interrupt,
}
