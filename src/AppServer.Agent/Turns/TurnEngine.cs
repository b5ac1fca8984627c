using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using AppServer.Agent.Models;
using AppServer.Agent.Tools;
using AppServer.Config;
using AppServer.Core.Accounts;
using AppServer.Core.Home;
using AppServer.Core.Providers;
using AppServer.Core.Threads;
using ReadState = AppServer.Core.ReadState;
using Skills = AppServer.Core.Skills;
using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Turns;

/// <summary>
/// Entry point of the agent loop for the handlers: finds the <see cref="ThreadConversation"/> of a loaded
/// thread (creating it on first use, with the store as recorder and the effective config as settings).
/// </summary>
public sealed class TurnEngine
{
    private readonly ThreadManager _threads;
    private readonly Storage.Threads.IThreadHistoryStore _history;
    private readonly ConfigService _config;
    private readonly CodexHome _home;
    private readonly TimeProvider _clock;
    private readonly Skills.SkillsService _skills;
    private readonly TurnServices _services;
    private readonly ConditionalWeakTable<LoadedThread, Binding> _conversations = [];

    public TurnEngine(ThreadManager threads, ConfigService config, AuthStore auth, ToolRegistry tools, CodexHome home, TimeProvider clock, Skills.SkillsService skills,
        ReadState.ThreadReadStateStore readStates, Storage.Threads.IThreadHistoryStore history, RetryBackoff backoff)
    {
        _threads = threads;
        _history = history;
        _config = config;
        _home = home;
        _clock = clock;
        _skills = skills;
        _services = new TurnServices
        {
            Clients = new ModelClientFactory(ModelClientFactory.CreateHttpClient(), auth, backoff),
            Providers = FindProvider,
            Models = new CatalogModelFacts(config),
            Tools = tools,
            AgentsMd = LoadAgentsMd,
            SkillInjections = skills.Injections,
            ReadStateAfterTurn = threadId => readStates.Get(threadId) is { } mark
                ? new Protocol.ReadState.ThreadReadStateChangedNotification { ThreadId = threadId, ReadState = mark.ToWire() }
                : null,
            InstallationId = InstallationId(home),
            Clock = clock,
            Backoff = backoff,
        };
    }

    /// <summary>The conversation of a loaded thread.</summary>
    /// <exception cref="TurnRequestException"><c>thread not found: &lt;id&gt;</c>.</exception>
    public ThreadConversation Conversation(string threadId)
    {
        var (_, binding) = Bind(threadId);
        return binding.Conversation;
    }

    /// <summary>
    /// <c>turn/start</c>: starts a turn with the overrides applied, or steers the running one (the overrides
    /// apply either way), and records the overrides on the thread for later turns. Call
    /// <see cref="TurnStart.Begin"/> once the response is sent.
    /// </summary>
    /// <exception cref="TurnRequestException"><c>thread not found: &lt;id&gt;</c>.</exception>
    public TurnStart StartTurn(string threadId, TurnInput input, TurnSettingsOverrides overrides, TurnClientIdentity identity)
    {
        var (loaded, binding) = Bind(threadId);
        lock (binding)
        {
            var start = binding.Conversation.StartOrSteer(input, settings => settings.With(overrides), identity);
            var turn = binding.Conversation.Settings;
            // The thread keeps what a thread can hold; a turn-only external sandbox leaves its mode as it was.
            binding.Seen = _threads.UpdateSettings(loaded, before => before with
            {
                Model = turn.Model,
                Cwd = turn.Cwd,
                ReasoningEffort = turn.ReasoningEffort,
                ApprovalPolicy = turn.ApprovalPolicy,
                SandboxMode = turn.SandboxMode == SandboxModeKind.ExternalSandbox ? before.SandboxMode : turn.SandboxMode,
            });
            return start;
        }
    }

    private (LoadedThread Loaded, Binding Binding) Bind(string threadId)
    {
        var id = ThreadId.Parse(threadId);
        var loaded = _threads.Registry.Find(id) ?? throw new TurnRequestException($"thread not found: {threadId}");
        var binding = _conversations.GetValue(loaded, Create);
        lock (binding)
        {
            // thread/resume with overrides replaces the thread's settings: later turns follow them.
            var current = loaded.Settings;
            if (!ReferenceEquals(current, binding.Seen))
            {
                binding.Conversation.Settings = SettingsFor(current);
                binding.Seen = current;
            }
        }

        return (loaded, binding);
    }

    /// <summary>The thread's token usage so far as <c>thread/tokenUsage/updated</c>, or null before any model response.</summary>
    public Protocol.Turns.ThreadTokenUsageUpdatedNotification? UsageNotification(string threadId)
    {
        var conversation = Conversation(threadId);
        return conversation.Usage is { } usage
            ? TokenUsageNotification.For(threadId, usage, _services.Models.For(conversation.Settings.Model).ContextWindow)
            : null;
    }

    private Binding Create(LoadedThread thread)
    {
        ITurnRecorder recorder = thread.Ephemeral ? new InMemoryTurnRecorder() : new StoreTurnRecorder(_threads.Store, _history, thread.Id, _clock);
        var settings = thread.Settings;
        return new Binding(new ThreadConversation(new LoadedThreadTurnHost(thread), recorder, _services, SettingsFor(settings)), settings);
    }

    /// <summary>A thread's conversation and the thread settings its turn settings were derived from.</summary>
    private sealed class Binding(ThreadConversation conversation, ThreadSettings seen)
    {
        public ThreadConversation Conversation { get; } = conversation;

        public ThreadSettings Seen { get; set; } = seen;
    }

    /// <summary>Turn settings from a thread's settings and the effective config for its cwd.</summary>
    public TurnSettings SettingsFor(ThreadSettings thread)
    {
        var effective = Effective(thread.Cwd, thread.ConfigOverridesJson);
        var workspace = effective.SandboxWorkspaceWrite;
        return new TurnSettings
        {
            Model = thread.Model,
            ModelProvider = thread.ModelProvider,
            Cwd = thread.Cwd,
            ReasoningEffort = thread.ReasoningEffort ?? effective.ModelReasoningEffort,
            ReasoningSummary = effective.ModelReasoningSummary,
            ApprovalPolicy = thread.ApprovalPolicy,
            SandboxMode = thread.SandboxMode,
            NetworkAccess = thread.SandboxMode == SandboxModeKind.WorkspaceWrite && workspace.NetworkAccess,
            WritableRoots = thread.SandboxMode == SandboxModeKind.WorkspaceWrite ? workspace.WritableRoots : [],
            BaseInstructions = thread.BaseInstructions ?? ReadInstructionsFile(effective.ModelInstructionsFile),
            DeveloperInstructions = thread.DeveloperInstructions ?? effective.DeveloperInstructions,
            SkillsInstructions = _skills.RenderInstructions(thread.Cwd),
            Personality = effective.Personality,
        };
    }

    private EffectiveConfig Effective(string? cwd, string? overridesJson = null)
    {
        JsonObject? overrides = null;
        if (!string.IsNullOrWhiteSpace(overridesJson))
        {
            overrides = JsonNode.Parse(overridesJson) as JsonObject;
        }

        return _config.Load(cwd, overrides).Effective;
    }

    private ModelProviderInfo? FindProvider(string id)
        => Effective(null).ModelProviders.TryGetValue(id, out var provider) ? ModelProviderInfo.FromConfig(provider) : null;

    private string? LoadAgentsMd(string cwd)
    {
        var effective = Effective(cwd);
        return new AgentsMdLoader(_home.Path, effective.ProjectDocMaxBytes, effective.ProjectDocFallbackFilenames, effective.ProjectRootMarkers).Load(cwd);
    }

    private static string? ReadInstructionsFile(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A stable id for this installation, kept in <c>$CODEX_HOME/installation_id</c> like the reference.</summary>
    private static string InstallationId(CodexHome home)
    {
        var path = home.Resolve("installation_id");
        try
        {
            if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
            {
                return existing;
            }

            var id = Guid.NewGuid().ToString();
            File.WriteAllText(path, id);
            return id;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Guid.NewGuid().ToString();
        }
    }
}
