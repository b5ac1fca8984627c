using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Tools;

/// <summary>
/// What the agent-tool tests share: a server wired to the fake Responses API, thread and turn starters, the
/// scripted <c>exec_command</c> call, and readers for what the client and the model saw.
/// </summary>
internal static class AgentToolHarness
{
    /// <summary>
    /// Starts a server whose config points at <paramref name="fake"/>; <paramref name="topLevelConfig"/> goes
    /// before the provider table (top-level keys), <paramref name="extraConfig"/> after it.
    /// </summary>
    public static Task<(TestServer Server, RpcClient Client)> StartAsync(
        string transport, FakeResponsesServer fake, string extraConfig = "", string topLevelConfig = "", bool experimentalApi = true, TestServerOptions? options = null)
        => FakeModelRig.StartServerAsync(transport, fake, extraConfig, topLevelConfig, experimentalApi, options);

    /// <summary>thread/start in the server's work dir; null policy or sandbox leaves the config's.</summary>
    public static async Task<string> StartThreadAsync(RpcClient client, TestServer server, JsonNode? approvalPolicy, string? sandbox = "workspace-write", JsonNode? dynamicTools = null)
    {
        var p = new JsonObject { ["cwd"] = server.WorkDir };
        if (approvalPolicy is not null)
        {
            p["approvalPolicy"] = approvalPolicy.DeepClone();
        }

        if (sandbox is not null)
        {
            p["sandbox"] = sandbox;
        }

        if (dynamicTools is not null)
        {
            p["dynamicTools"] = dynamicTools.DeepClone();
        }

        return (string)(await client.CallAsync("thread/start", p))["thread"]!["id"]!;
    }

    /// <summary>thread/start with a simple policy name.</summary>
    public static Task<string> StartThreadAsync(RpcClient client, TestServer server, string approvalPolicy, string sandbox = "workspace-write")
        => StartThreadAsync(client, server, JsonValue.Create(approvalPolicy), sandbox);

    public static Task<string> StartTurnAsync(RpcClient client, string threadId, string text = "go")
        => client.StartTurnAsync(threadId, text);

    public static Task<JsonObject> TurnCompletedAsync(RpcClient client, string turnId)
        => client.TurnCompletedAsync(turnId);

    /// <summary>An <c>exec_command</c> call (non-login shell, 10 s yield) with optional extra arguments.</summary>
    public static FakeItem Exec(string cmd, string callId, JsonObject? extra = null)
    {
        var args = new JsonObject { ["cmd"] = cmd, ["yield_time_ms"] = 10000, ["login"] = false };
        foreach (var (k, v) in extra ?? [])
        {
            args[k] = v?.DeepClone();
        }

        return FakeItem.FunctionCall("exec_command", args.ToJsonString(), callId);
    }

    /// <summary>The output the model got for <paramref name="callId"/> in a later request.</summary>
    public static string? ToolOutput(FakeResponsesServer fake, string callId) =>
        fake.Requests.Where(r => r.Body is not null)
            .SelectMany(r => r.Body!["input"]!.AsArray())
            .Where(i => (string?)i!["call_id"] == callId && ((string?)i["type"])!.EndsWith("_output", StringComparison.Ordinal))
            .Select(i => i!["output"] is JsonValue v ? (string?)v : i["output"]!.ToJsonString())
            .LastOrDefault();

    /// <summary>The names of the tools offered in the model request at <paramref name="index"/> (default: the first).</summary>
    public static List<string?> ToolNames(FakeResponsesServer fake, int index = 0) =>
        fake.Requests.Where(r => r.Body is not null).ElementAt(index).Body!["tools"]!.AsArray().Select(t => (string?)t!["name"]).ToList();

    /// <summary><paramref name="method"/> notifications whose item has <paramref name="type"/>.</summary>
    public static IEnumerable<JsonObject> Items(RpcClient client, string method, string type) =>
        client.Notifications.Where(n => (string?)n["method"] == method && (string?)n["params"]!["item"]!["type"] == type);

    /// <summary>The server→client requests the client received.</summary>
    public static IEnumerable<JsonObject> ServerRequests(RpcClient client) =>
        client.Received.Where(m => m["method"] != null && m["id"] != null);
}
