using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using AppServer.IntegrationTests.Startup;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// One client of a spawned server as the conformance scenarios drive it: every response is recorded with its
/// method so that <see cref="AssertSchemaValidAsync"/> can validate everything the client received (responses,
/// notifications, server requests) against the vendored reference schema, as the scenarios do.
/// </summary>
internal sealed class ScenarioSession
{
    private readonly List<(string Method, JsonObject Response)> _responses = [];

    public ScenarioSession(RpcClient client, TestServer server, FakeResponsesServer? fake = null)
    {
        Client = client;
        Server = server;
        Fake = fake;
    }

    public RpcClient Client { get; }

    public TestServer Server { get; }

    public FakeResponsesServer? Fake { get; }

    public string Work => Server.WorkDir;

    /// <summary>Sends a request and returns the whole response (result or error), recorded for validation.</summary>
    public async Task<JsonObject> RequestAsync(string method, object? @params = null, JsonNode? id = null, bool omitParams = false, TimeSpan? timeout = null)
    {
        var response = await Client.RequestAsync(method, @params, id, omitParams, timeout);
        lock (_responses)
        {
            _responses.Add((method, response));
        }

        return response;
    }

    /// <summary>Sends a request and returns its result, failing on an error response.</summary>
    public async Task<JsonNode> CallAsync(string method, object? @params = null, TimeSpan? timeout = null)
    {
        var response = await RequestAsync(method, @params, timeout: timeout);
        response["error"].Should().BeNull($"{method} must succeed");
        return response["result"]!;
    }

    /// <summary>Expects a JSON-RPC error with <paramref name="code"/> whose message contains <paramref name="contains"/>.</summary>
    public async Task<JsonObject> ExpectErrorAsync(string method, object? @params, int code, string? contains = null, bool omitParams = false)
    {
        var response = await RequestAsync(method, @params, omitParams: omitParams);
        response["error"].Should().NotBeNull($"{method} {@params} must fail");
        response["error"]!["code"]!.GetValue<int>().Should().Be(code, $"{method}: {response["error"]!.ToJsonString()}");
        if (contains is not null)
        {
            response["error"]!["message"]!.GetValue<string>().Should().Contain(contains);
        }

        return response;
    }

    public async Task<string> StartThreadAsync(string? approvalPolicy = null, string? sandbox = null)
    {
        var p = new JsonObject { ["cwd"] = Work };
        if (approvalPolicy is not null)
        {
            p["approvalPolicy"] = approvalPolicy;
        }

        if (sandbox is not null)
        {
            p["sandbox"] = sandbox;
        }

        return (string)(await CallAsync("thread/start", p))["thread"]!["id"]!;
    }

    /// <summary>Starts a turn and waits for its <c>turn/completed</c>; returns the turn id and the notifications since the start.</summary>
    public async Task<(string TurnId, JsonObject Completed, List<JsonObject> Notifications)> RunTurnAsync(string threadId, string text)
    {
        var mark = Client.Notifications.Count;
        var turnId = (string)(await CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        }))["turn"]!["id"]!;
        var completed = await Client.WaitForNotificationAsync("turn/completed", TimeSpan.FromSeconds(60), n => (string?)n["params"]!["turn"]!["id"] == turnId);
        return (turnId, completed, Client.Notifications.Skip(mark).ToList());
    }

    /// <summary>Answers every server→client request with <paramref name="answer"/> until the client closes.</summary>
    public void AnswerServerRequests(Func<JsonObject, object> answer)
        => _ = Task.Run(async () =>
        {
            while (true)
            {
                JsonObject request;
                try
                {
                    request = await Client.WaitForServerRequestAsync(TimeSpan.FromMinutes(5));
                }
                catch (Exception)
                {
                    return; // closed or idle: the test is over
                }

                await Client.RespondAsync(request["id"]!, answer(request));
            }
        });

    /// <summary>Notifications with <paramref name="method"/> received after index <paramref name="since"/>.</summary>
    public List<JsonObject> Find(string method, int since = 0, Func<JsonNode, bool>? where = null)
        => Client.Notifications.Skip(since).Where(n => (string?)n["method"] == method && (where is null || where(n["params"]!))).ToList();

    /// <summary>The server→client requests received so far.</summary>
    public List<JsonObject> ServerRequests => Client.Received.Where(m => m["method"] is not null && m["id"] is not null).ToList();

    /// <summary>The output the model got back for <paramref name="callId"/> (function or custom tool call).</summary>
    public string? ToolOutput(string callId)
        => Fake!.Requests.Where(r => r.Body is not null)
            .SelectMany(r => r.Body!["input"]!.AsArray())
            .Where(i => (string?)i!["call_id"] == callId && ((string?)i["type"])!.EndsWith("_output", StringComparison.Ordinal))
            .Select(i => i!["output"] is JsonValue v ? (string?)v : i["output"]!.ToJsonString())
            .LastOrDefault();

    /// <summary>The model requests (POST /responses) received so far.</summary>
    public List<RecordedRequest> ModelRequests => Fake!.Requests.Where(r => r.Body is not null).ToList();

    /// <summary>Every message the client received is valid under the reference schema.</summary>
    public async Task AssertSchemaValidAsync()
    {
        List<(string, JsonObject)> responses;
        lock (_responses)
        {
            responses = _responses.ToList();
        }

        var violations = await ReferenceSchemaValidator.ValidateAsync(responses, Client.Notifications, ServerRequests);
        violations.Should().BeEmpty("every message must match the reference schema");
    }
}
