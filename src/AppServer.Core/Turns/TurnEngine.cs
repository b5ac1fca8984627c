using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Core.Accounts;
using AppServer.Core.Home;
using AppServer.Core.Models;
using AppServer.Core.Threads;
using AppServer.Core.Tools;

namespace AppServer.Core.Turns;

/// <summary>
/// Entry point of the agent loop for the handlers: finds the <see cref="ThreadConversation"/> of a loaded
/// thread (creating it on first use, with the store as recorder and the effective config as settings).
/// </summary>
public sealed class TurnEngine
{
    private readonly ThreadManager _threads;
    private readonly ConfigService _config;
    private readonly CodexHome _home;
    private readonly TimeProvider _clock;
    private readonly TurnServices _services;
    private readonly ConditionalWeakTable<LoadedThread, ThreadConversation> _conversations = [];

    public TurnEngine(ThreadManager threads, ConfigService config, AuthStore auth, ToolRegistry tools, CodexHome home, TimeProvider clock)
    {
        _threads = threads;
        _config = config;
        _home = home;
        _clock = clock;
        _services = new TurnServices
        {
            Clients = new ModelClientFactory(ModelClientFactory.CreateHttpClient(), auth),
            Providers = FindProvider,
            Models = new CatalogModelFacts(config),
            Tools = tools,
            AgentsMd = LoadAgentsMd,
            InstallationId = InstallationId(home),
            Clock = clock,
        };
    }

    /// <summary>The conversation of a loaded thread.</summary>
    /// <exception cref="TurnRequestException"><c>thread not found: &lt;id&gt;</c>.</exception>
    public ThreadConversation Conversation(string threadId)
    {
        var id = ThreadId.Parse(threadId);
        var loaded = _threads.Registry.Find(id) ?? throw new TurnRequestException($"thread not found: {threadId}");
        return _conversations.GetValue(loaded, Create);
    }

    private ThreadConversation Create(LoadedThread thread)
    {
        ITurnRecorder recorder = thread.Ephemeral ? new InMemoryTurnRecorder() : new StoreTurnRecorder(_threads.Store, thread.Id, _clock);
        return new ThreadConversation(new LoadedThreadTurnHost(thread), recorder, _services, SettingsFor(thread.Settings));
    }

    /// <summary>Turn settings from a thread's settings and the effective config for its cwd.</summary>
    public TurnSettings SettingsFor(ThreadSettings thread)
    {
        var effective = Effective(thread.Cwd, thread.ConfigOverridesJson);
        var approval = thread.ApprovalPolicyJson.Trim().Trim('"');
        var workspace = effective.SandboxWorkspaceWrite;
        return new TurnSettings
        {
            Model = thread.Model,
            ModelProvider = thread.ModelProvider,
            Cwd = thread.Cwd,
            ReasoningEffort = thread.ReasoningEffort ?? effective.ModelReasoningEffort,
            ReasoningSummary = effective.ModelReasoningSummary,
            ApprovalPolicy = approval.StartsWith('{') ? "granular" : approval,
            SandboxMode = thread.SandboxMode,
            NetworkAccess = thread.SandboxMode == "workspace-write" && workspace.NetworkAccess,
            WritableRoots = thread.SandboxMode == "workspace-write" ? workspace.WritableRoots : [],
            BaseInstructions = thread.BaseInstructions ?? ReadInstructionsFile(effective.ModelInstructionsFile),
            DeveloperInstructions = thread.DeveloperInstructions ?? effective.DeveloperInstructions,
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
