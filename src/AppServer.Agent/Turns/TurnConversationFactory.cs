using System.Text.Json.Nodes;
using AppServer.Agent.Models;
using AppServer.Agent.Tools;
using AppServer.Config;
using AppServer.Core.Accounts;
using AppServer.Core.Home;
using AppServer.Core.Providers;
using AppServer.Core.Threads;
using AppServer.Core.Threads.Settings;
using AppServer.Storage.Threads;
using ReadState = AppServer.Core.ReadState;
using Skills = AppServer.Core.Skills;

namespace AppServer.Agent.Turns;

/// <summary>
/// Gives each <see cref="ThreadSession"/> its <see cref="ThreadConversation"/> when the thread manager loads it:
/// the store as recorder (memory for ephemeral threads) and turn settings from the thread's settings plus the
/// effective config for its cwd. Holds what every turn shares (<see cref="TurnServices"/>).
/// </summary>
public sealed class TurnConversationFactory : IThreadConversationFactory
{
    private readonly IThreadStore _store;
    private readonly IThreadHistoryStore _history;
    private readonly ConfigService _config;
    private readonly CodexHome _home;
    private readonly TimeProvider _clock;
    private readonly Skills.SkillsService _skills;
    private readonly TurnServices _services;

    public TurnConversationFactory(IThreadStore store, ConfigService config, AuthStore auth, ToolRegistry tools, CodexHome home, TimeProvider clock, Skills.SkillsService skills,
        ReadState.ThreadReadStateStore readStates, IThreadHistoryStore history, RetryBackoff backoff)
    {
        _store = store;
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

    /// <summary>What every turn shares (model clients, tools, model facts).</summary>
    internal TurnServices Services => _services;

    public IThreadConversation Create(ThreadSession session)
    {
        ITurnRecorder recorder = session.Ephemeral ? new InMemoryTurnRecorder() : new StoreTurnRecorder(_store, _history, session.Id, _clock);
        return new ThreadConversation(new SessionTurnHost(session), recorder, _services, session.Settings, SettingsFor);
    }

    /// <summary>Turn settings from a thread's settings and the effective config for its cwd.</summary>
    public TurnSettings SettingsFor(ThreadSettings thread)
    {
        var effective = Effective(thread.Cwd.Value, thread.ConfigOverridesJson);
        var workspace = effective.SandboxWorkspaceWrite;
        return new TurnSettings
        {
            Model = thread.Model,
            ModelProvider = thread.ModelProvider,
            Cwd = thread.Cwd.Value,
            ReasoningEffort = thread.ReasoningEffort ?? effective.ModelReasoningEffort,
            ReasoningSummary = effective.ModelReasoningSummary,
            ApprovalPolicy = thread.ApprovalPolicy,
            SandboxMode = thread.SandboxMode,
            NetworkAccess = thread.SandboxMode == SandboxModeKind.WorkspaceWrite && workspace.NetworkAccess,
            WritableRoots = thread.SandboxMode == SandboxModeKind.WorkspaceWrite ? workspace.WritableRoots : [],
            BaseInstructions = thread.BaseInstructions ?? ReadInstructionsFile(effective.ModelInstructionsFile),
            DeveloperInstructions = thread.DeveloperInstructions ?? effective.DeveloperInstructions,
            SkillsInstructions = _skills.RenderInstructions(thread.Cwd.Value),
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
