using AppServer.Core.Home;
using AppServer.Core.ReadState;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;

namespace AppServer.Tests.ReadState;

public sealed class ThreadReadStateStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "readstate-tests-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;
    private readonly SqliteThreadStore _threads;

    public ThreadReadStateStoreTests()
    {
        Directory.CreateDirectory(_root);
        _database = new SqliteDatabase(Path.Combine(_root, "test.sqlite"));
        _threads = new SqliteThreadStore(_database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private ThreadReadStateStore Store() => new(_threads, new CodexHome(_root));

    private string Thread(bool materialized = true)
    {
        var id = Guid.CreateVersion7().ToString();
        _threads.CreateThread(new ThreadRecord
        {
            Id = id, CreatedAtMs = 1, UpdatedAtMs = 1, Cwd = _root, ModelProvider = "mock", Source = "appServer", CliVersion = "0.169.0",
            Materialized = materialized,
        });
        return id;
    }

    private void Turn(string threadId, string turnId, string status = "completed")
        => _threads.SaveTurn(new TurnRecord { Id = turnId, ThreadId = threadId, Status = status });

    [Fact]
    public void A_thread_without_history_has_no_read_state()
    {
        var id = Thread(materialized: false);

        Store().Get(id).Should().BeNull();
        Store().Update(id, "x", read: true).State.Should().BeNull();
    }

    [Fact]
    public void Finished_turns_are_unread_until_marked_read_and_new_turns_become_unread()
    {
        var id = Thread();
        Turn(id, "t1");
        var store = Store();
        var initial = store.Get(id)!;
        initial.FirstUnread.Should().Be(new UnreadPosition(false, "t1"));

        var (read, conflict) = store.Update(id, initial.Revision, read: true);
        conflict.Should().BeFalse();
        read!.FirstUnread.Should().BeNull();
        read.Revision.Should().NotBe(initial.Revision);

        Turn(id, "t2");
        Turn(id, "t3", status: "inProgress");
        Store().Get(id)!.FirstUnread.Should().Be(new UnreadPosition(false, "t2"), "marks survive a restart and only finished turns count");
    }

    [Fact]
    public void Unread_marks_from_the_start_and_stale_revisions_conflict()
    {
        var id = Thread();
        Turn(id, "t1");
        var store = Store();
        var revision = store.Get(id)!.Revision;

        var (unread, _) = store.Update(id, revision, read: false);
        unread!.FirstUnread.Should().Be(new UnreadPosition(true, null));

        var (current, conflict) = store.Update(id, revision, read: true);
        conflict.Should().BeTrue("the caller's revision predates the unread mark");
        current!.FirstUnread.Should().Be(new UnreadPosition(true, null), "a conflicting edit changes nothing");
    }
}
