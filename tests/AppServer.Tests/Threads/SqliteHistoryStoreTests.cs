using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;

namespace AppServer.Tests.Threads;

/// <summary>The history and dynamic-tool stores: ordered per-thread lists beside the thread store.</summary>
public sealed class SqliteHistoryStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine("/var/tmp", "history-store-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;
    private readonly SqliteThreadStore _threads;
    private readonly SqliteHistoryStore _history;

    public SqliteHistoryStoreTests()
    {
        _database = new SqliteDatabase(Path.Combine(_dir, SqliteDatabase.FileName));
        _threads = new SqliteThreadStore(_database);
        _history = new SqliteHistoryStore(_database);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Appends_follow_committed_history_and_a_replace_renumbers_from_zero()
    {
        var id = NewThread();
        _threads.Commit(new ThreadWrite { ThreadId = id, Turn = new TurnRecord { Id = "t1", ThreadId = id, Status = "completed" }, History = ["{\"n\":0}"] });
        _history.AppendHistory(id, null, ["{\"n\":1}", "{\"n\":2}"]);

        _history.ReadHistory(id).Should().Equal(
            new HistoryEntry(0, "t1", "{\"n\":0}"), new HistoryEntry(1, null, "{\"n\":1}"), new HistoryEntry(2, null, "{\"n\":2}"));

        _history.ReplaceHistory(id, [new HistoryEntry(7, null, "{\"summary\":true}"), new HistoryEntry(9, "t1", "{\"n\":2}")]);
        _history.ReadHistory(id).Should().Equal(new HistoryEntry(0, null, "{\"summary\":true}"), new HistoryEntry(1, "t1", "{\"n\":2}"));

        _history.AppendHistory(id, "t1", ["{\"n\":3}"]);
        _history.ReadHistory(id)[^1].Should().Be(new HistoryEntry(2, "t1", "{\"n\":3}"));
    }

    [Fact]
    public void Appending_to_a_missing_thread_is_thread_not_found_and_writes_nothing()
    {
        var append = () => _history.AppendHistory("no-such-thread", null, ["{}"]);
        append.Should().Throw<ThreadNotFoundException>();
        _history.ReadHistory("no-such-thread").Should().BeEmpty();
    }

    [Fact]
    public void Dynamic_tools_are_replaced_as_a_whole_and_read_in_declaration_order()
    {
        var id = NewThread();
        var tools = new SqliteDynamicToolStore(_database);
        tools.SaveDynamicTools(id, ["{\"name\":\"b\"}", "{\"name\":\"a\"}", "{\"name\":\"c\"}"]);
        tools.ReadDynamicTools(id).Should().Equal("{\"name\":\"b\"}", "{\"name\":\"a\"}", "{\"name\":\"c\"}");

        tools.SaveDynamicTools(id, ["{\"name\":\"z\"}"]);
        tools.ReadDynamicTools(id).Should().Equal("{\"name\":\"z\"}");

        tools.SaveDynamicTools(id, []);
        tools.ReadDynamicTools(id).Should().BeEmpty();
    }

    private string NewThread()
    {
        var id = Guid.CreateVersion7().ToString();
        _threads.CreateThread(new ThreadRecord
        {
            Id = id, CreatedAtMs = 1, UpdatedAtMs = 1, Cwd = "/work", ModelProvider = "openai", Source = "vscode", CliVersion = "0.169.0",
        });
        return id;
    }
}
