using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Agent.Models;
using AppServer.Agent.Tools;
using AppServer.Agent.Turns;
using AppServer.Core.Providers;
using AppServer.IntegrationTests.FakeModel;
using AppServer.Protocol.Items;
using AppServer.Protocol.Serialization;

namespace AppServer.Tests.Turns;

/// <summary>
/// Runs the turn engine in-process against <see cref="FakeResponsesServer"/>, recording every notification
/// the thread would publish (serialised as the wire would carry it).
/// </summary>
internal sealed class TurnTestBed : IAsyncDisposable, ITurnHost
{
    private readonly List<(string Method, JsonNode? Params)> _notifications = [];
    private readonly Lock _gate = new();
    private readonly HttpClient _http = ModelClientFactory.CreateHttpClient();

    private TurnTestBed(FakeResponsesServer fake, string workDir, string home)
    {
        Fake = fake;
        WorkDir = workDir;
        Home = home;
    }

    public FakeResponsesServer Fake { get; }

    public string WorkDir { get; }

    public string Home { get; }

    public string ThreadId { get; } = Guid.CreateVersion7().ToString();

    public InMemoryTurnRecorder Recorder { get; } = new();

    public ThreadConversation Conversation { get; private set; } = null!;

    public ModelProviderInfo Provider { get; set; } = null!;

    public List<IAgentTool> Tools { get; } = [];

    public string? ActiveTurn { get; private set; }

    public static async Task<TurnTestBed> StartAsync(Func<ModelProviderInfo, ModelProviderInfo>? configure = null, TurnSettings? settings = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "turns-tests", Guid.NewGuid().ToString("N"));
        var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var fake = await FakeResponsesServer.StartAsync();
        var bed = new TurnTestBed(fake, work, home);
        var provider = new ModelProviderInfo
        {
            Id = "mock",
            Name = "Fake",
            BaseUrl = fake.BaseUrl,
            RequestMaxRetries = 0,
            StreamMaxRetries = 0,
            StreamIdleTimeout = TimeSpan.FromSeconds(30),
        };
        bed.Provider = configure?.Invoke(provider) ?? provider;
        bed.Conversation = new ThreadConversation(bed, bed.Recorder, bed.Services(), settings ?? new TurnSettings { Model = "gpt-5.5", ModelProvider = "mock", Cwd = work });
        return bed;
    }

    public TurnServices Services() => new()
    {
        Clients = new ModelClientFactory(_http, new NoAuth()),
        Providers = id => id == Provider.Id ? Provider : null,
        Models = new TestFacts(),
        Tools = new ToolRegistry(Tools),
        AgentsMd = cwd => new AgentsMdLoader(Home, 32 * 1024, [], [".git"]).Load(cwd),
        InstallationId = "install-1",
    };

    /// <summary>Rebuilds the conversation (e.g. after adding tools), keeping the recorder (like a restart).</summary>
    public void Reload(TurnSettings? settings = null)
        => Conversation = new ThreadConversation(this, Recorder, Services(), settings ?? Conversation.Settings);

    public IReadOnlyList<(string Method, JsonNode? Params)> Notifications
    {
        get { lock (_gate) { return [.. _notifications]; } }
    }

    public void Publish(string method, object? payload)
    {
        var node = payload is null ? null : JsonSerializer.SerializeToNode(payload, payload.GetType(), ProtocolJson.Options);
        lock (_gate)
        {
            _notifications.Add((method, node));
        }
    }

    public void SetStatus(TurnThreadStatus status) => Publish("thread/status/changed", new { type = status.ToString() });

    public void SetActiveTurn(string? turnId) => ActiveTurn = turnId;

    /// <summary>Starts a turn with one text input and returns its id.</summary>
    public string Start(string text, Func<TurnSettings, TurnSettings>? overrides = null, JsonElement? outputSchema = null)
    {
        var start = Conversation.StartOrSteer(
            new TurnInput([new TextUserInput { Text = text }], null) { OutputSchema = outputSchema },
            overrides ?? (s => s),
            new TurnClientIdentity("tests", "tests/0.169.0"));
        start.Begin();
        return start.Turn.Id;
    }

    /// <summary>Waits for <c>turn/completed</c> of <paramref name="turnId"/> and returns its turn.</summary>
    public async Task<JsonNode> WaitCompletedAsync(string turnId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var done = Notifications.FirstOrDefault(n => n.Method == "turn/completed" && (string?)n.Params!["turn"]!["id"] == turnId);
            if (done.Method is not null)
            {
                return done.Params!["turn"]!;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("turn/completed not received; got " + string.Join(", ", Notifications.Select(n => n.Method)));
    }

    public async Task WaitForAsync(Func<IReadOnlyList<(string Method, JsonNode? Params)>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (condition(Notifications))
            {
                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("condition not met; got " + string.Join(", ", Notifications.Select(n => n.Method)));
    }

    public List<string> Methods() => [.. Notifications.Select(n => n.Method)];

    public async ValueTask DisposeAsync()
    {
        await Conversation.InterruptAndWaitAsync();
        await Fake.DisposeAsync();
        _http.Dispose();
    }

    private sealed class NoAuth : IModelAuth
    {
        public string? ApiKeyFor(ModelProviderInfo provider) => null;
    }

    private sealed class TestFacts : IModelFactsSource
    {
        public ModelFacts For(string slug) => slug == "gpt-5.5"
            ? new ModelFacts { Slug = slug, ContextWindow = 258400, DefaultReasoningEffort = "medium", SupportsVerbosity = true, DefaultVerbosity = "low", DefaultReasoningSummary = "none" }
            : ModelFacts.Unknown(slug);
    }
}
