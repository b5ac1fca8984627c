using System.Text.Json.Nodes;

namespace AppServer.Testing;

/// <summary>The thread and turn steps many tests take, as a client would take them.</summary>
public static class RpcClientThreads
{
    /// <summary><c>thread/start</c> in <paramref name="cwd"/>; returns the thread id.</summary>
    public static async Task<string> StartThreadAsync(this RpcClient client, string cwd)
        => (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = cwd }))["thread"]!["id"]!;

    /// <summary><c>turn/start</c> with one text input; returns the turn id.</summary>
    public static async Task<string> StartTurnAsync(this RpcClient client, string threadId, string text)
        => (string)(await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        }))["turn"]!["id"]!;

    /// <summary>Waits for <c>turn/completed</c> of <paramref name="turnId"/>.</summary>
    public static Task<JsonObject> TurnCompletedAsync(this RpcClient client, string turnId)
        => client.WaitForNotificationAsync("turn/completed", where: n => (string?)n["params"]!["turn"]!["id"] == turnId);

    /// <summary>Starts a turn with one text input and waits for its <c>turn/completed</c>.</summary>
    public static async Task<JsonObject> RunTurnAsync(this RpcClient client, string threadId, string text)
        => await client.TurnCompletedAsync(await client.StartTurnAsync(threadId, text));

    /// <summary>Starts a turn with the given input items and waits for its <c>turn/completed</c>.</summary>
    public static async Task<JsonObject> RunTurnAsync(this RpcClient client, string threadId, params JsonObject[] input)
    {
        var turn = await client.CallAsync("turn/start", new JsonObject { ["threadId"] = threadId, ["input"] = new JsonArray(input) });
        return await client.TurnCompletedAsync((string)turn["turn"]!["id"]!);
    }
}
