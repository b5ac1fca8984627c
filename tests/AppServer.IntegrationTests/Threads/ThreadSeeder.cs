using System.Text.Json.Nodes;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;

namespace AppServer.IntegrationTests.Threads;

/// <summary>
/// Writes turns straight into a server's database (WAL allows a second process), standing in for the turn
/// engine so thread listing and history can be tested without a model.
/// </summary>
internal static class ThreadSeeder
{
    public static string AddTurn(string codexHome, string threadId, string userText, string agentText, string status = "completed")
    {
        var store = new SqliteThreadStore(new SqliteDatabase(Path.Combine(codexHome, SqliteDatabase.FileName)));
        var turnId = Guid.CreateVersion7().ToString();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var user = new JsonObject
        {
            ["type"] = "userMessage",
            ["id"] = Guid.CreateVersion7().ToString(),
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = userText, ["text_elements"] = new JsonArray() }),
        };
        var agent = new JsonObject { ["type"] = "agentMessage", ["id"] = "msg_" + Guid.NewGuid().ToString("N"), ["text"] = agentText, ["phase"] = null };
        store.Commit(new ThreadWrite
        {
            ThreadId = threadId,
            Turn = new TurnRecord { Id = turnId, ThreadId = threadId, Status = status, StartedAtMs = now, CompletedAtMs = now, DurationMs = 1 },
            Items =
            [
                new ItemRecord { Id = (string)user["id"]!, ThreadId = threadId, TurnId = turnId, ItemType = "userMessage", ItemJson = user.ToJsonString() },
                new ItemRecord { Id = (string)agent["id"]!, ThreadId = threadId, TurnId = turnId, ItemType = "agentMessage", ItemJson = agent.ToJsonString() },
            ],
            History = [new JsonObject { ["type"] = "message", ["role"] = "user", ["content"] = userText }.ToJsonString()],
            Patch = new ThreadPatch { PreviewIfEmpty = userText, TouchedAtMs = now },
        });
        return turnId;
    }

    public static ThreadRecord? Read(string codexHome, string threadId)
        => new SqliteThreadStore(new SqliteDatabase(Path.Combine(codexHome, SqliteDatabase.FileName))).GetThread(threadId);
}
