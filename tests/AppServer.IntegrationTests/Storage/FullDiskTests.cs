using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using Microsoft.Data.Sqlite;

namespace AppServer.IntegrationTests.Storage;

/// <summary>
/// <c>CODEX_HOME</c> on a small tmpfs that fills up: mid-turn the turn ends with an error naming the cause,
/// the database stays sound with what was committed, and once space is back the thread works again. A home
/// that is full or read-only at start-up stops the server with one clear line.
/// </summary>
public sealed class FullDiskTests
{
    [TmpfsFact]
    public async Task A_disk_that_fills_during_a_turn_fails_the_turn_clearly_and_the_thread_recovers_once_space_is_back()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await ServerSession.StartAsync("stdio", TmpfsHome.Options(sizeKb: 8 * 1024), experimentalApi: true, fake: fake);
        var (server, client) = session;
        var home = TmpfsHome.View(server);
        var id = (string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("kept answer")));
        (await client.RunTurnAsync(id, "kept question"))["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");

        // The next turn's question is committed, then the disk fills while the model is still answering.
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("this answer does not fit", deltas: 4, stallAfter: 1)));
        var failingId = (string)(await client.CallAsync("turn/start", ThreadWriterTests.Input(id, "question before the disk filled")))["turn"]!["id"]!;
        await client.WaitForNotificationAsync("item/agentMessage/delta");
        var filler = Path.Combine(home, "filler");
        TmpfsHome.Fill(filler);
        fake.Release();

        var done = await client.WaitForNotificationAsync("turn/completed", TimeSpan.FromSeconds(30));
        done["params"]!["turn"]!["id"]!.GetValue<string>().Should().Be(failingId);
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("failed");
        var error = client.Notifications.Last(n => (string?)n["method"] == "error")["params"]!;
        error["willRetry"]!.GetValue<bool>().Should().BeFalse();
        var message = error["error"]!["message"]!.GetValue<string>();
        message.Should().Contain("database or disk is full").And.Contain(Path.Combine(server.CodexHome, "appserver.sqlite"));

        // A request that must write while the disk is full gets the same cause, and the server carries on.
        var refused = await client.RequestAsync("thread/start", new JsonObject());
        refused["error"]!["code"]!.GetValue<int>().Should().Be(-32603);
        refused["error"]!["message"]!.GetValue<string>().Should().Contain("database or disk is full").And.Contain("appserver.sqlite");

        // Sound, and nothing committed before the disk filled is lost.
        using (var db = OpenCopy(home))
        {
            Scalar(db, "PRAGMA integrity_check;").Should().Be("ok");
            Column(db, $"SELECT item_json FROM items WHERE thread_id = '{id}' ORDER BY seq;").Should().SatisfyRespectively(
                first => first.Should().Contain("kept question"),
                second => second.Should().Contain("kept answer"),
                third => third.Should().Contain("question before the disk filled"));
        }

        // Space is back: the thread is not wedged, the next turn runs and is stored, the failed one is recorded as failed.
        File.Delete(filler);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("answer after space returned")));
        var after = await client.RunTurnAsync(id, "question after space returned");
        after["params"]!["turn"]!["id"]!.GetValue<string>().Should().NotBe(failingId);
        after["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        var turns = (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true }))["thread"]!["turns"]!.AsArray();
        turns.Select(t => (string)t!["status"]!).Should().Equal("completed", "failed", "completed");
        using (var db = OpenCopy(home))
        {
            Scalar(db, "PRAGMA integrity_check;").Should().Be("ok");
        }

        var sent = fake.Requests[^1].MessageTexts().Select(m => m.Text).ToList();
        sent.Should().Contain(["kept question", "kept answer", "question before the disk filled", "question after space returned"]);
        sent.Should().NotContain("this answer does not fit", "it was never stored");
    }

    [TmpfsFact]
    public async Task A_full_home_at_start_up_stops_the_server_with_the_path_and_the_cause()
    {
        var options = TmpfsHome.Options(sizeKb: 512, then: """(cat /dev/zero > "$CODEX_HOME/filler") 2>/dev/null || true""");
        await using var session = await ServerSession.StartAsync("stdio", options, initialize: false);
        var (server, client) = session;
        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).Should().NotBe(0);
        var stderr = await StderrAsync(server);
        stderr.Should().Contain($"Error: CODEX_HOME {server.CodexHome} is not writable: no space left on device (ENOSPC)");
        stderr.Should().NotContain("Unhandled exception").And.NotContain("   at ", "no stack trace");
    }

    [TmpfsFact]
    public async Task A_read_only_home_at_start_up_stops_the_server_with_the_path_and_the_cause()
    {
        var options = TmpfsHome.Options(sizeKb: 512, then: """mount -o remount,ro "$CODEX_HOME" """);
        await using var session = await ServerSession.StartAsync("stdio", options, initialize: false);
        var (server, client) = session;
        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).Should().NotBe(0);
        var stderr = await StderrAsync(server);
        stderr.Should().Contain($"Error: CODEX_HOME {server.CodexHome} is not writable: read-only file system (EROFS)");
        stderr.Should().NotContain("Unhandled exception").And.NotContain("   at ", "no stack trace");
    }

    /// <summary>
    /// The database as it is on the server's disk (file and WAL), copied out: SQLite would resolve the
    /// /proc/PID/root link to a path in our own mount namespace instead.
    /// </summary>
    private static SqliteConnection OpenCopy(string home)
    {
        var copy = Path.Combine(Path.GetTempPath(), "appserver-dbcopy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var suffix in new[] { "", "-wal" })
        {
            var source = Path.Combine(home, "appserver.sqlite" + suffix);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(copy, "appserver.sqlite" + suffix));
            }
        }

        var db = new SqliteConnection($"Data Source={Path.Combine(copy, "appserver.sqlite")};Mode=ReadWrite;Pooling=False");
        db.Open();
        db.Disposed += (_, _) => Directory.Delete(copy, recursive: true);
        return db;
    }

    /// <summary>stderr once the exited server's last line has been read.</summary>
    private static async Task<string> StderrAsync(TestServer server)
    {
        for (var i = 0; i < 50 && !server.Stderr.Contains('\n'); i++)
        {
            await Task.Delay(100);
        }

        return server.Stderr;
    }

    private static string? Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    private static List<string> Column(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
