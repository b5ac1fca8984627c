using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;

namespace AppServer.Tests.Threads;

public sealed class SqliteThreadStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine("/var/tmp", "threads-store-tests", Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(_dir, SqliteDatabase.FileName);

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
    public void New_database_is_migrated_in_wal_mode_with_foreign_keys()
    {
        var db = new SqliteDatabase(DbPath);
        db.SchemaVersion.Should().Be(SqliteDatabase.LatestVersion);
        using var connection = db.Open();
        Pragma(connection, "journal_mode").Should().Be("wal");
        Pragma(connection, "foreign_keys").Should().Be("1");
    }

    [Fact]
    public void Database_written_by_an_older_migration_is_upgraded_and_keeps_its_rows()
    {
        var old = new SqliteDatabase(DbPath, targetVersion: 1);
        old.SchemaVersion.Should().Be(1);
        // A row as version 1 wrote it: today's store writes columns that version 1 does not have.
        using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText =
                "INSERT INTO threads (id, created_at_ms, updated_at_ms, name, cwd, model_provider, source, cli_version) " +
                "VALUES ('01a2063c-6d1c-7f01-b6fe-4efc8d5c2990', 1000, 1000, 'kept', '/w', 'openai', 'vscode', '0.169.0');";
            insert.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();

        var upgraded = new SqliteDatabase(DbPath);
        upgraded.SchemaVersion.Should().Be(SqliteDatabase.LatestVersion);
        var store = new SqliteThreadStore(upgraded);
        store.GetThread("01a2063c-6d1c-7f01-b6fe-4efc8d5c2990")!.Name.Should().Be("kept");
        var history = new SqliteHistoryStore(upgraded);
        history.AppendHistory("01a2063c-6d1c-7f01-b6fe-4efc8d5c2990", null, ["{\"type\":\"message\"}"]);
        history.ReadHistory("01a2063c-6d1c-7f01-b6fe-4efc8d5c2990").Should().ContainSingle();
        store.GetThread("01a2063c-6d1c-7f01-b6fe-4efc8d5c2990")!.TokenUsageJson.Should().BeNull("the column added later starts empty");
    }

    [Fact]
    public void Database_from_a_newer_build_is_refused()
    {
        _ = new SqliteDatabase(DbPath);
        using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var open = () => new SqliteDatabase(DbPath);
        open.Should().Throw<InvalidOperationException>().WithMessage("*newer*");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Keyset_pages_cover_every_listed_thread_once_in_order(bool descending)
    {
        var store = NewStore();
        var expected = new List<ThreadRecord>();
        for (var i = 0; i < 40; i++)
        {
            // Several threads share a timestamp: the id breaks ties.
            var thread = Thread(Guid.CreateVersion7().ToString(), 1_000 * (i / 3));
            store.CreateThread(thread);
            store.SaveTurn(Turn(thread.Id, "t1"));
            expected.Add(thread);
        }

        store.CreateThread(Thread(Guid.CreateVersion7().ToString(), 5)); // no turn: not listed

        var seen = new List<string>();
        ThreadListCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = store.ListThreads(new ThreadListQuery { Limit = 7, After = cursor, Descending = descending });
            page.Threads.Count.Should().BeLessThanOrEqualTo(7);
            seen.AddRange(page.Threads.Select(t => t.Id));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null && pages < 20);

        var order = descending
            ? expected.OrderByDescending(t => t.CreatedAtMs).ThenByDescending(t => t.Id, StringComparer.Ordinal)
            : expected.OrderBy(t => t.CreatedAtMs).ThenBy(t => t.Id, StringComparer.Ordinal);
        seen.Should().Equal(order.Select(t => t.Id));
        pages.Should().Be(6);
    }

    [Theory]
    [InlineData(ThreadSortKey.CreatedAt, "threads_by_created")]
    [InlineData(ThreadSortKey.UpdatedAt, "threads_by_updated")]
    public void Listing_is_an_index_range_without_a_sort(ThreadSortKey key, string index)
    {
        var database = new SqliteDatabase(DbPath);
        using var connection = database.Open();
        var query = new ThreadListQuery { SortKey = key, After = new ThreadListCursor(5, "x"), ModelProviders = ["mock"] };
        using var command = SqliteThreadStore.CreateListCommand(connection, query, 25);
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        plan.Should().ContainSingle(p => p.Contains(index, StringComparison.Ordinal) && p.StartsWith("SEARCH", StringComparison.Ordinal), string.Join("; ", plan));
        plan.Should().NotContain(p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public void Exact_page_boundary_has_no_next_cursor()
    {
        var store = NewStore();
        for (var i = 0; i < 5; i++)
        {
            var id = Guid.CreateVersion7().ToString();
            store.CreateThread(Thread(id, i));
            store.SaveTurn(Turn(id, "t"));
        }

        store.ListThreads(new ThreadListQuery { Limit = 5 }).Next.Should().BeNull();
        store.ListThreads(new ThreadListQuery { Limit = 4 }).Next.Should().NotBeNull();
        store.ListThreads(new ThreadListQuery { Limit = 5, Archived = true }).Threads.Should().BeEmpty();
    }

    [Fact]
    public void Filters_select_by_provider_source_cwd_search_term_archive_and_exclusion()
    {
        var store = NewStore();
        var a = Listed(store, Thread(Guid.CreateVersion7().ToString(), 1) with { ModelProvider = "mock", Cwd = "/w/a", Preview = "Fix the Parser" });
        var b = Listed(store, Thread(Guid.CreateVersion7().ToString(), 2) with { ModelProvider = "openai", Cwd = "/w/b", Name = "parser work", Source = "cli" });
        var c = Listed(store, Thread(Guid.CreateVersion7().ToString(), 3) with { ModelProvider = "openai", Cwd = "/w/a" });
        store.UpdateThread(c.Id, new ThreadPatch { Archived = true });

        Ids(store, new ThreadListQuery { ModelProviders = ["mock"] }).Should().Equal(a.Id);
        Ids(store, new ThreadListQuery { SourceKinds = ["cli"] }).Should().Equal(b.Id);
        Ids(store, new ThreadListQuery { Cwds = ["/w/a"] }).Should().Equal(a.Id);
        Ids(store, new ThreadListQuery { SearchTerm = "PARSER" }).Should().Equal(b.Id, a.Id);
        Ids(store, new ThreadListQuery { Archived = true }).Should().Equal(c.Id);
        Ids(store, new ThreadListQuery { ExcludedIds = [b.Id] }).Should().Equal(a.Id);
        Ids(store, new ThreadListQuery { SortKey = ThreadSortKey.UpdatedAt }).Should().HaveCount(2);
    }

    [Fact]
    public void Turns_items_and_history_are_saved_together_and_read_back_in_order()
    {
        var store = NewStore();
        var thread = Thread(Guid.CreateVersion7().ToString(), 1);
        store.CreateThread(thread);
        store.GetThread(thread.Id)!.Materialized.Should().BeFalse();

        var turn = store.Commit(new ThreadWrite
        {
            ThreadId = thread.Id,
            Turn = Turn(thread.Id, "turn-1") with { Status = "inProgress" },
            Items = [Item(thread.Id, "turn-1", "u1", "userMessage"), Item(thread.Id, "turn-1", "a1", "agentMessage")],
            History = ["{\"role\":\"user\"}", "{\"role\":\"assistant\"}"],
            Patch = new ThreadPatch { PreviewIfEmpty = "hello" },
        });
        turn!.Sequence.Should().Be(0);
        store.SaveItem(Item(thread.Id, "turn-1", "a1", "agentMessage") with { ItemJson = "{\"type\":\"agentMessage\",\"text\":\"final\"}" });
        store.SaveTurn(Turn(thread.Id, "turn-1") with { Status = "completed", DurationMs = 5 });
        store.UpdateThread(thread.Id, new ThreadPatch { PreviewIfEmpty = "later" });

        var stored = store.GetThread(thread.Id)!;
        stored.Materialized.Should().BeTrue();
        stored.Preview.Should().Be("hello");
        store.ListTurns(thread.Id).Should().ContainSingle().Which.Status.Should().Be("completed");
        var items = store.ListItems(thread.Id, "turn-1");
        items.Select(i => i.Id).Should().Equal("u1", "a1");
        items[1].ItemJson.Should().Contain("final");
        History().ReadHistory(thread.Id).Select(h => h.TurnId).Should().Equal("turn-1", "turn-1");
    }

    [Fact]
    public void A_failed_commit_writes_nothing()
    {
        var store = NewStore();
        var thread = Thread(Guid.CreateVersion7().ToString(), 1);
        store.CreateThread(thread);

        var commit = () => store.Commit(new ThreadWrite
        {
            ThreadId = thread.Id,
            Turn = Turn(thread.Id, "turn-1"),
            Items = [Item(thread.Id, "no-such-turn", "x", "userMessage")],
        });
        commit.Should().Throw<ThreadNotFoundException>();
        store.ListTurns(thread.Id).Should().BeEmpty();
        store.GetThread(thread.Id)!.Materialized.Should().BeFalse();
    }

    [Fact]
    public void Fork_copies_history_through_the_given_turn_and_delete_cascades()
    {
        var store = NewStore();
        var source = Thread(Guid.CreateVersion7().ToString(), 1);
        store.CreateThread(source);
        foreach (var turnId in new[] { "t1", "t2" })
        {
            store.Commit(new ThreadWrite
            {
                ThreadId = source.Id,
                Turn = Turn(source.Id, turnId),
                Items = [Item(source.Id, turnId, turnId + "-u", "userMessage")],
                History = [$"{{\"turn\":\"{turnId}\"}}"],
            });
        }

        var fork = store.ForkThread(source.Id, Thread(Guid.CreateVersion7().ToString(), 2) with { ForkedFromId = source.Id }, "t1");
        fork.Materialized.Should().BeTrue();
        store.ListTurns(fork.Id).Select(t => t.Id).Should().Equal("t1");
        store.ListItems(fork.Id).Select(i => i.Id).Should().Equal("t1-u");
        History().ReadHistory(fork.Id).Should().ContainSingle().Which.ItemJson.Should().Contain("t1");

        store.DeleteThread(source.Id).Should().BeTrue();
        store.GetThread(source.Id).Should().BeNull();
        store.ListTurns(source.Id).Should().BeEmpty();
        store.ListItems(source.Id).Should().BeEmpty();
        History().ReadHistory(source.Id).Should().BeEmpty();
        store.ListTurns(fork.Id).Should().ContainSingle();
        store.DeleteThread(source.Id).Should().BeFalse();
    }

    [Fact]
    public void Running_turns_left_by_a_dead_process_become_interrupted()
    {
        var store = NewStore();
        var thread = Thread(Guid.CreateVersion7().ToString(), 1);
        store.CreateThread(thread);
        store.SaveTurn(Turn(thread.Id, "t1") with { Status = "inProgress" });

        store.InterruptUnfinishedTurns(42).Should().Be(1);
        var turn = store.GetTurn(thread.Id, "t1")!;
        turn.Status.Should().Be("interrupted");
        turn.CompletedAtMs.Should().Be(42);
    }

    [Fact]
    public async Task Concurrent_writers_all_land()
    {
        var database = new SqliteDatabase(DbPath);
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var store = new SqliteThreadStore(database);
            for (var i = 0; i < 40; i++)
            {
                var id = Guid.CreateVersion7().ToString();
                store.CreateThread(Thread(id, (w * 100) + i));
                store.Commit(new ThreadWrite { ThreadId = id, Turn = Turn(id, "t"), Items = [Item(id, "t", "i", "userMessage")], History = ["{}"] });
                store.UpdateThread(id, new ThreadPatch { Name = new Change<string?>($"w{w}-{i}") });
            }
        }));
        await Task.WhenAll(writers);

        var all = new SqliteThreadStore(database).ListThreads(new ThreadListQuery { Limit = 1000 }).Threads;
        all.Should().HaveCount(160);
        all.Should().OnlyContain(t => t.Name != null && t.Materialized);
    }

    private SqliteThreadStore NewStore() => new(new SqliteDatabase(DbPath));

    private SqliteHistoryStore History() => new(new SqliteDatabase(DbPath));

    private static ThreadRecord Listed(SqliteThreadStore store, ThreadRecord thread)
    {
        store.CreateThread(thread);
        store.SaveTurn(Turn(thread.Id, "t"));
        return store.GetThread(thread.Id)!;
    }

    private static IEnumerable<string> Ids(SqliteThreadStore store, ThreadListQuery query) => store.ListThreads(query).Threads.Select(t => t.Id);

    private static ThreadRecord Thread(string id, long createdAtMs, string? name = null) => new()
    {
        Id = id,
        CreatedAtMs = createdAtMs,
        UpdatedAtMs = createdAtMs,
        Name = name,
        Cwd = "/work",
        ModelProvider = "openai",
        Model = "gpt-5.5",
        Source = "vscode",
        CliVersion = "0.169.0",
    };

    private static TurnRecord Turn(string threadId, string id) => new() { Id = id, ThreadId = threadId, Status = "completed" };

    private static ItemRecord Item(string threadId, string turnId, string id, string type) => new()
    {
        Id = id,
        ThreadId = threadId,
        TurnId = turnId,
        ItemType = type,
        ItemJson = $"{{\"type\":\"{type}\",\"id\":\"{id}\"}}",
    };

    private static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
