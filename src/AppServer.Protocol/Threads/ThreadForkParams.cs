using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/fork</c>.</summary>
public sealed class ThreadForkParams : IThreadSettingsParams
{
    /// <summary>Thread to fork.</summary>
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

    /// <summary>When true the fork is never written to disk.</summary>
    [JsonPropertyName("ephemeral")]
    public bool? Ephemeral { get; init; }

    /// <summary>When true, <c>thread.turns</c> is left empty.</summary>
    [JsonPropertyName("excludeTurns")]
    public bool? ExcludeTurns { get; init; }

    /// <summary>Fork through this turn (inclusive).</summary>
    [JsonPropertyName("lastTurnId")]
    public string? LastTurnId { get; init; }

    /// <summary>Analytics source classification.</summary>
    [JsonPropertyName("threadSource")]
    public string? ThreadSource { get; init; }

    /// <summary>[Experimental] Persist the fork as an attached thread of its resolved source, hidden from ordinary lists. The source cannot be deleted while attached threads exist.  Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.attachToSource")]
    [JsonPropertyName("attachToSource")]
    [WireShape("bool")]
    public JsonElement? AttachToSource { get; init; }

    /// <summary>[Experimental] Optional turn id to fork before, excluding that turn and all later turns. Cannot be combined with last_turn_id. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.beforeTurnId")]
    [JsonPropertyName("beforeTurnId")]
    [WireShape("string?")]
    public JsonElement? BeforeTurnId { get; init; }

    /// <summary>[Experimental] When true, carry the source thread's current goal into the fork without starting its initial automatic continuation. The next explicit turn owns the g Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.deferGoalContinuation")]
    [JsonPropertyName("deferGoalContinuation")]
    [WireShape("bool")]
    public JsonElement? DeferGoalContinuation { get; init; }

    /// <summary>[Experimental] Disable MCP servers in prediction mode when the inherited window uses incremental tools on Responses Lite. Requires experimentalPredictionMode: true. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.experimentalDisablePredictionMcp")]
    [JsonPropertyName("experimentalDisablePredictionMcp")]
    [WireShape("bool")]
    public JsonElement? ExperimentalDisablePredictionMcp { get; init; }

    /// <summary>[Experimental] Start from the loaded parent's effective config, tools, environments, and persisted history to maximize prompt-cache reuse. Requires a loaded, persist Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.experimentalPredictionMode")]
    [JsonPropertyName("experimentalPredictionMode")]
    [WireShape("bool")]
    public JsonElement? ExperimentalPredictionMode { get; init; }

    /// <summary>[Experimental] [UNSTABLE] Specify the rollout path to fork from. If specified, the thread_id param will be ignored. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.path")]
    [JsonPropertyName("path")]
    [WireShape("path?")]
    public JsonElement? Path { get; init; }

    /// <summary>[Experimental] Named profile id for the forked thread. Cannot be combined with sandbox. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.permissions")]
    [JsonPropertyName("permissions")]
    [WireShape("string?")]
    public JsonElement? Permissions { get; init; }

    /// <summary>[Experimental] Replace the thread's runtime workspace roots. Paths must be absolute. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/fork.runtimeWorkspaceRoots")]
    [JsonPropertyName("runtimeWorkspaceRoots")]
    [WireShape("[abspath]?")]
    public JsonElement? RuntimeWorkspaceRoots { get; init; }
}
