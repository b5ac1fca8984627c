using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/start</c>.</summary>
public sealed class ThreadStartParams : IThreadSettingsParams
{
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

    /// <summary>When true the thread is never written to disk.</summary>
    [JsonPropertyName("ephemeral")]
    public bool? Ephemeral { get; init; }

    /// <summary>Deprecated.</summary>
    [JsonPropertyName("personality")]
    public Personality? Personality { get; init; }

    /// <summary>Service name for analytics.</summary>
    [JsonPropertyName("serviceName")]
    public string? ServiceName { get; init; }

    /// <summary>Why the thread was started.</summary>
    [JsonPropertyName("sessionStartSource")]
    public ThreadStartSource? SessionStartSource { get; init; }

    /// <summary>Analytics source classification.</summary>
    [JsonPropertyName("threadSource")]
    public string? ThreadSource { get; init; }

    /// <summary>[Experimental] Allow a provider with an authoritative static model catalog to replace an unavailable requested model with its default. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.allowProviderModelFallback")]
    [JsonPropertyName("allowProviderModelFallback")]
    [WireShape("bool")]
    public JsonElement? AllowProviderModelFallback { get; init; }

    /// <summary>[Experimental] Initial Daybreak choice for this persistent thread. Omitted or null leaves it unset. This does not select a turn's cyberAccessProgram or grant access. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.daybreakEnabled")]
    [JsonPropertyName("daybreakEnabled")]
    [WireShape("bool?")]
    public JsonElement? DaybreakEnabled { get; init; }

    /// <summary>[Experimental] Experimental. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.dynamicTools")]
    [JsonPropertyName("dynamicTools")]
    [WireShape("[struct LegacyDynamicToolSpec]?")]
    public JsonElement? DynamicTools { get; init; }

    /// <summary>[Experimental] Optional sticky environments for this thread. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.environments")]
    [JsonPropertyName("environments")]
    [WireShape("[struct TurnEnvironmentParams]?")]
    public JsonElement? Environments { get; init; }

    /// <summary>[Experimental] If true, opt into emitting raw Responses API items on the event stream. This is for internal use only (e.g. Codex Cloud). Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.experimentalRawEvents")]
    [JsonPropertyName("experimentalRawEvents")]
    [WireShape("bool")]
    public JsonElement? ExperimentalRawEvents { get; init; }

    /// <summary>[Experimental] Persisted thread history contract to use for this new thread. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.historyMode")]
    [JsonPropertyName("historyMode")]
    [WireShape("enum ThreadHistoryMode(legacy|paginated)?")]
    public JsonElement? HistoryMode { get; init; }

    /// <summary>[Experimental] Test-only experimental field used to validate experimental gating and schema filtering behavior in a stable way. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.mockExperimentalField")]
    [JsonPropertyName("mockExperimentalField")]
    [WireShape("string?")]
    public JsonElement? MockExperimentalField { get; init; }

    /// <summary>[Experimental] @deprecated Ignored. Use Ultra reasoning effort for proactive multi-agent behavior. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.multiAgentMode")]
    [JsonPropertyName("multiAgentMode")]
    [WireShape("enum MultiAgentMode(explicitRequestOnly|proactive|custom)?")]
    public JsonElement? MultiAgentMode { get; init; }

    /// <summary>[Experimental] Named profile id for this thread. Cannot be combined with sandbox. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.permissions")]
    [JsonPropertyName("permissions")]
    [WireShape("string?")]
    public JsonElement? Permissions { get; init; }

    /// <summary>[Experimental] Optional project identity for this new thread. Durable threads persist the assignment; ephemeral threads expose it only in live responses. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.projectId")]
    [JsonPropertyName("projectId")]
    [WireShape("string?")]
    public JsonElement? ProjectId { get; init; }

    /// <summary>[Experimental] Replace the thread's runtime workspace roots. Paths must be absolute. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.runtimeWorkspaceRoots")]
    [JsonPropertyName("runtimeWorkspaceRoots")]
    [WireShape("[abspath]?")]
    public JsonElement? RuntimeWorkspaceRoots { get; init; }

    /// <summary>[Experimental] Capability roots selected for this thread by the hosting platform. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/start.selectedCapabilityRoots")]
    [JsonPropertyName("selectedCapabilityRoots")]
    [WireShape("[struct SelectedCapabilityRoot]?")]
    public JsonElement? SelectedCapabilityRoots { get; init; }
}
