using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/resume</c>.</summary>
public sealed class ThreadResumeParams : IThreadSettingsParams
{
    /// <summary>Thread to resume.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Model override.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Model provider override.</summary>
    [JsonPropertyName("modelProvider")]
    public string? ModelProvider { get; init; }

    /// <summary>Service tier override.</summary>
    [JsonPropertyName("serviceTier")]
    public string? ServiceTier { get; init; }

    /// <summary>Working directory.</summary>
    [JsonPropertyName("cwd")]
    [OsString]
    public string? Cwd { get; init; }

    /// <summary>Approval policy override.</summary>
    [JsonPropertyName("approvalPolicy")]
    public AskForApproval? ApprovalPolicy { get; init; }

    /// <summary>Approval reviewer override.</summary>
    [JsonPropertyName("approvalsReviewer")]
    public ApprovalsReviewer? ApprovalsReviewer { get; init; }

    /// <summary>Sandbox mode override.</summary>
    [JsonPropertyName("sandbox")]
    public SandboxMode? Sandbox { get; init; }

    /// <summary>Config overrides (dotted keys).</summary>
    [JsonPropertyName("config")]
    public JsonObject? Config { get; init; }

    /// <summary>Replaces the base instructions.</summary>
    [JsonPropertyName("baseInstructions")]
    public string? BaseInstructions { get; init; }

    /// <summary>Extra developer instructions.</summary>
    [JsonPropertyName("developerInstructions")]
    public string? DeveloperInstructions { get; init; }

    /// <summary>When true, <c>thread.turns</c> is left empty.</summary>
    [JsonPropertyName("excludeTurns")]
    public bool? ExcludeTurns { get; init; }

    /// <summary>Deprecated.</summary>
    [JsonPropertyName("personality")]
    public Personality? Personality { get; init; }

    /// <summary>[Experimental] [UNSTABLE] FOR CODEX CLOUD - DO NOT USE. If specified, the thread will be resumed with the provided history instead of loaded from disk. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/resume.history")]
    [JsonPropertyName("history")]
    [WireShape("[tagged ResponseItem]?")]
    public JsonElement? History { get; init; }

    /// <summary>[Experimental] When present, include a thread/turns/list page in the resume response so clients can bootstrap recent turns without a second request.</summary>
    [ExperimentalApi("thread/resume.initialTurnsPage")]
    [JsonPropertyName("initialTurnsPage")]
    public ThreadResumeInitialTurnsPageParams? InitialTurnsPage { get; init; }

    /// <summary>[Experimental] [UNSTABLE] Specify the rollout path to resume from. If specified for a non-running thread, the thread_id param will be ignored. If thread_id identifie Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/resume.path")]
    [JsonPropertyName("path")]
    [WireShape("path?")]
    public JsonElement? Path { get; init; }

    /// <summary>[Experimental] Named profile id for the resumed thread. Cannot be combined with sandbox. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/resume.permissions")]
    [JsonPropertyName("permissions")]
    [WireShape("string?")]
    public JsonElement? Permissions { get; init; }

    /// <summary>[Experimental] Replace the thread's runtime workspace roots. Paths must be absolute. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/resume.runtimeWorkspaceRoots")]
    [JsonPropertyName("runtimeWorkspaceRoots")]
    [WireShape("[abspath]?")]
    public JsonElement? RuntimeWorkspaceRoots { get; init; }
}
