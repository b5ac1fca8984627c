using System.Text.Json;
using AppServer.Agent.Models;
using AppServer.Core.Providers;
using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Turns;

/// <summary>
/// Builds what one turn sends the model: the context messages that precede the user's input (instructions,
/// permissions, AGENTS.md, environment, or what changed since the last turn) and each sampling request
/// (history, tools, reasoning settings, metadata and headers).
/// </summary>
internal sealed class TurnPromptBuilder(
    ThreadConversation conversation,
    TurnServices services,
    TurnSettings settings,
    TurnInput input,
    TurnClientIdentity identity,
    string turnId,
    string rootTurnId)
{
    private readonly string _threadId = conversation.ThreadId;

    /// <summary>
    /// The context the model sees before this turn's input: everything on a new thread, or what changed.
    /// Remembers what it rendered on the conversation, for the next turn to compare against.
    /// </summary>
    public List<string> ContextItems()
    {
        var items = new List<string>();
        var environment = EnvironmentContext.For(settings, services.Clock.GetLocalNow());
        var permissions = PromptText.Permissions(settings);
        if (conversation.HistoryIsEmpty())
        {
            var facts = services.Models.For(settings.Model);
            var baseInstructions = settings.BaseInstructions ?? facts.BaseInstructions ?? PromptText.DefaultBaseInstructions;
            items.Add(ResponseItems.Message("developer", [baseInstructions]));
            var developer = new List<string>();
            if (!string.IsNullOrWhiteSpace(settings.DeveloperInstructions))
            {
                developer.Add(settings.DeveloperInstructions!);
            }

            if (settings.SkillsInstructions is { } skills)
            {
                developer.Add(skills);
            }

            developer.Add(permissions);
            items.Add(ResponseItems.Message("developer", developer));
            var user = new List<string>();
            if (services.AgentsMd(settings.Cwd) is { } agents)
            {
                user.Add(agents);
            }

            user.Add(environment.Render());
            items.Add(ResponseItems.Message("user", user));
        }
        else
        {
            if (conversation.LastPermissions is { } lastPermissions && lastPermissions != permissions)
            {
                items.Add(ResponseItems.Message("developer", [permissions]));
            }

            if (conversation.LastContext is { } lastContext && environment.Render(lastContext) is { } changed)
            {
                items.Add(ResponseItems.Message("user", [changed]));
            }
        }

        conversation.LastContext = environment;
        conversation.LastPermissions = permissions;
        return items;
    }

    /// <summary>The next sampling request: the whole history so far, re-sent each time.</summary>
    public ModelRequest BuildRequest(long turnStartedAtMs)
    {
        var facts = services.Models.For(settings.Model);
        var summary = settings.ReasoningSummary ?? facts.DefaultReasoningSummary;
        if (summary == "none")
        {
            summary = null;
        }

        var effort = settings.ReasoningEffort ?? facts.DefaultReasoningEffort;
        var windowId = _threadId + ":0";
        var turnMetadata = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["installation_id"] = services.InstallationId,
            ["session_id"] = _threadId,
            ["thread_id"] = _threadId,
            ["turn_id"] = turnId,
            ["window_id"] = windowId,
            ["window_number"] = 0,
            ["request_kind"] = "turn",
            ["root_turn_id"] = rootTurnId,
            ["sandbox_mode"] = settings.SandboxMode.Name(),
            ["turn_started_at_unix_ms"] = turnStartedAtMs,
            ["model"] = settings.Model,
            ["reasoning_effort"] = effort,
        });
        return new ModelRequest
        {
            Model = settings.Model,
            Input = conversation.HistorySnapshot(),
            Tools = services.Tools.SpecsFor(settings.ForTools(), _threadId),
            ReasoningEffort = effort,
            ReasoningSummary = summary,
            Verbosity = facts.SupportsVerbosity ? facts.DefaultVerbosity : null,
            OutputSchema = input.OutputSchema,
            PromptCacheKey = _threadId,
            ClientMetadata =
            [
                new("session_id", _threadId),
                new("x-codex-installation-id", services.InstallationId),
                new("thread_id", _threadId),
                new("turn_id", turnId),
                new("x-codex-turn-metadata", turnMetadata),
                new("x-codex-window-id", windowId),
                new("root_turn_id", rootTurnId),
            ],
            Headers =
            [
                new("x-codex-window-id", windowId),
                new("x-codex-turn-metadata", turnMetadata),
                new("x-client-request-id", _threadId),
                new("session-id", _threadId),
                new("thread-id", _threadId),
                new("originator", identity.Originator),
                new("user-agent", identity.UserAgent),
                .. (settings.ModelProvider == ModelProviderInfo.OpenAiId ? [new KeyValuePair<string, string>("version", Protocol.ProtocolVersion.Codex)] : Array.Empty<KeyValuePair<string, string>>()),
            ],
        };
    }
}
