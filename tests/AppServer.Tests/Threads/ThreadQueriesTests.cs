using System.Buffers.Text;
using System.Text;
using AppServer.Core.Home;
using AppServer.Core.Threads;
using AppServer.Core.Threads.Settings;
using AppServer.Core.Threads.Queries;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;

namespace AppServer.Tests.Threads;

/// <summary><see cref="ThreadQueries"/> over a real SQLite file: filters, orders, cursors and their errors.</summary>
public sealed class ThreadQueriesTests : IDisposable
{
    // Far in the future, so saving a turn (which bumps updated_at to at least "now") keeps these timestamps.
    private const long Base = 4_000_000_000_000;

    private readonly string _dir = Path.Combine("/var/tmp", "thread-queries-tests", Guid.NewGuid().ToString("N"));
    private readonly ThreadRegistry _registry = new(TimeSpan.FromMinutes(30));
    private readonly ThreadDatabase _database;
    private readonly SqliteThreadStore _store;
    private readonly ThreadQueries _queries;

    public ThreadQueriesTests()
    {
        _database = ThreadDatabase.Open(new CodexHome(_dir));
        _store = new SqliteThreadStore(_database.Sqlite);
        _queries = new ThreadQueries(_store, _registry, _database);
    }

    public void Dispose()
    {
        _registry.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void The_database_is_the_homes_file()
    {
        _queries.DatabasePath.Should().Be(Path.Combine(_dir, SqliteDatabase.FileName));
        File.Exists(_queries.DatabasePath).Should().BeTrue();
    }

    [Fact]
    public void Threads_page_newest_first_and_the_cursors_walk_every_thread_once()
    {
        var ids = Enumerable.Range(0, 7).Select(i => Thread(createdAt: Base + (i * 1000))).ToList();

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = _queries.ListThreads(new ThreadListRequest { Limit = 3, Cursor = cursor });
            page.Threads.Count.Should().BeLessThanOrEqualTo(3);
            seen.AddRange(page.Threads.Select(t => t.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        pages.Should().Be(3);
        seen.Should().Equal(Enumerable.Reverse(ids));
    }

    [Fact]
    public void Ascending_order_and_the_sort_key_decide_the_order()
    {
        // Created in one order, updated in the other.
        var a = Thread(createdAt: Base, updatedAt: Base + 50_000);
        var b = Thread(createdAt: Base + 10_000, updatedAt: Base + 40_000);
        var c = Thread(createdAt: Base + 20_000, updatedAt: Base + 30_000);

        Ids(new ThreadListRequest()).Should().Equal(c, b, a);
        Ids(new ThreadListRequest { Descending = false }).Should().Equal(a, b, c);
        Ids(new ThreadListRequest { Order = ThreadListOrder.UpdatedAt }).Should().Equal(a, b, c);
        Ids(new ThreadListRequest { Order = ThreadListOrder.UpdatedAt, Descending = false }).Should().Equal(c, b, a);
    }

    [Fact]
    public void Filters_narrow_the_listing()
    {
        var plain = Thread(createdAt: Base);
        var other = Thread(createdAt: Base + 1000, provider: "ollama", cwd: "/elsewhere", source: "cli", preview: "Fix the Parser");
        var archived = Thread(createdAt: Base + 2000, archived: true);
        Thread(createdAt: Base + 3000, withTurn: false); // never listed: no turn yet

        Ids(new ThreadListRequest()).Should().Equal(other, plain);
        Ids(new ThreadListRequest { Archived = true }).Should().Equal(archived);
        Ids(new ThreadListRequest { ModelProviders = ["ollama"] }).Should().Equal(other);
        Ids(new ThreadListRequest { SourceKinds = ["cli"] }).Should().Equal(other);
        Ids(new ThreadListRequest { SourceKinds = [] }).Should().Equal(other, plain);
        Ids(new ThreadListRequest { Cwds = ["/elsewhere"] }).Should().Equal(other);
        Ids(new ThreadListRequest { SearchTerm = "parser" }).Should().Equal(other);
        Ids(new ThreadListRequest { SearchTerm = "" }).Should().Equal(other, plain);
        Ids(new ThreadListRequest { ExcludedIds = [other.ToUpperInvariant()] }).Should().Equal(plain);
    }

    [Fact]
    public void Thread_cursors_keep_their_wire_form()
    {
        var older = Thread(createdAt: Base + 1234);
        Thread(createdAt: Base + 5678);

        var page = _queries.ListThreads(new ThreadListRequest { Limit = 1 });

        Decode(page.NextCursor!).Should().Be($"t:{Base + 5678}:{page.Threads[0].Id}");
        // Backwards anchors at the start of the first row's second (descending: just before it).
        Decode(page.BackwardsCursor!).Should().Be($"t:{Base + 4999}:");
        var ascending = _queries.ListThreads(new ThreadListRequest { Limit = 1, Descending = false });
        ascending.Threads.Single().Id.Should().Be(older);
        Decode(ascending.BackwardsCursor!).Should().Be($"t:{Base + 2000}:");
        _queries.ListThreads(new ThreadListRequest { Archived = true }).Should().BeEquivalentTo(new ThreadListPage([], null, null));
    }

    [Fact]
    public void Turns_page_both_ways_with_or_without_items()
    {
        var id = Thread(createdAt: Base, withTurn: false);
        for (var i = 0; i < 5; i++)
        {
            AddTurn(id, $"turn-{i}", items: 2);
        }

        var first = _queries.ListTurns(new TurnListRequest { ThreadId = id, Limit = 2 });
        first.Turns.Select(t => t.Id).Should().Equal("turn-4", "turn-3");
        first.Turns[0].Items.Select(i => i.ItemJson).Should().Equal(ItemJson("turn-4", 0), ItemJson("turn-4", 1));
        first.Turns[0].Status.Should().Be("completed");
        Decode(first.NextCursor!).Should().Be("turn:3");
        Decode(first.BackwardsCursor!).Should().Be("turn:3");

        var rest = _queries.ListTurns(new TurnListRequest { ThreadId = id, Limit = 10, Cursor = first.NextCursor, WithItems = false });
        rest.Turns.Select(t => t.Id).Should().Equal("turn-2", "turn-1", "turn-0");
        rest.Turns.Should().OnlyContain(t => t.Items.Count == 0);
        rest.NextCursor.Should().BeNull();

        var back = _queries.ListTurns(new TurnListRequest { ThreadId = id, Descending = false, Cursor = rest.BackwardsCursor });
        // The backwards cursor of a descending page starts the ascending walk at that page's first turn.
        back.Turns.Select(t => t.Id).Should().Equal("turn-2", "turn-3", "turn-4");
    }

    [Fact]
    public void Items_page_for_a_thread_or_one_turn()
    {
        var id = Thread(createdAt: Base, withTurn: false);
        AddTurn(id, "a", items: 3);
        AddTurn(id, "b", items: 2);

        var all = _queries.ListItems(new ItemListRequest { ThreadId = id, Limit = 4 });
        all.Items.Select(i => i.ItemJson).Should().Equal(ItemJson("a", 0), ItemJson("a", 1), ItemJson("a", 2), ItemJson("b", 0));
        all.Items[3].TurnId.Should().Be("b");
        Decode(all.NextCursor!).Should().Be("item:3");
        var tail = _queries.ListItems(new ItemListRequest { ThreadId = id, Cursor = all.NextCursor });
        tail.Items.Select(i => i.ItemJson).Should().Equal(ItemJson("b", 1));
        tail.NextCursor.Should().BeNull();

        _queries.ListItems(new ItemListRequest { ThreadId = id, TurnId = "b", Descending = true }).Items.Select(i => i.ItemJson)
            .Should().Equal(ItemJson("b", 1), ItemJson("b", 0));

        _queries.AllTurns(id).Select(t => (t.Id, t.Items.Count)).Should().Equal(("a", 3), ("b", 2));
        var (turns, items) = _queries.NewestCursors(id);
        Decode(turns!).Should().Be("turn:2");
        Decode(items!).Should().Be("item:5");
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("dDp4OnN0dWZm")] // "t:x:stuff": the sort value is not a number
    [InlineData("aXRlbTox")] // "item:1": an item cursor
    public void A_bad_thread_cursor_is_an_invalid_cursor_error(string cursor)
    {
        Thread(createdAt: Base);
        var list = () => _queries.ListThreads(new ThreadListRequest { Cursor = cursor });
        list.Should().Throw<ThreadRequestException>().WithMessage($"invalid cursor: {cursor}");
    }

    [Fact]
    public void Turn_item_and_loaded_cursors_are_checked_too()
    {
        var id = Thread(createdAt: Base);
        var itemCursor = Encode("item:1");
        var turnCursor = Encode("turn:1");

        var turns = () => _queries.ListTurns(new TurnListRequest { ThreadId = id, Cursor = itemCursor });
        turns.Should().Throw<ThreadRequestException>().WithMessage($"invalid cursor: {itemCursor}");
        var items = () => _queries.ListItems(new ItemListRequest { ThreadId = id, Cursor = turnCursor });
        items.Should().Throw<ThreadRequestException>().WithMessage($"invalid cursor: {turnCursor}");
        var loaded = () => _queries.ListLoaded(turnCursor, null);
        loaded.Should().Throw<ThreadRequestException>().WithMessage($"invalid cursor: {turnCursor}");
    }

    [Fact]
    public void An_unknown_thread_is_reported_before_its_cursor()
    {
        var unknown = ThreadId.New();
        var turns = () => _queries.ListTurns(new TurnListRequest { ThreadId = unknown, Cursor = "garbage" });
        turns.Should().Throw<ThreadRequestException>().WithMessage($"thread not loaded: {unknown}");
        var items = () => _queries.ListItems(new ItemListRequest { ThreadId = unknown, Cursor = "garbage" });
        items.Should().Throw<ThreadRequestException>().WithMessage($"thread not loaded: {unknown}");
        var excluded = () => _queries.ListThreads(new ThreadListRequest { ExcludedIds = ["nope"] });
        excluded.Should().Throw<ThreadRequestException>().WithMessage("invalid thread id: *");
    }

    [Fact]
    public void Loaded_threads_page_in_id_order()
    {
        var ids = Enumerable.Range(0, 3).Select(i => Thread(createdAt: Base + i)).ToList();
        foreach (var id in ids)
        {
            var settings = new DefaultThreadSettingsResolver().Resolve(new ThreadSettingsOverrides { Cwd = WorkingDirectory.Parse(_dir) }, null, _dir).Settings;
            _registry.Load(_store.GetThread(id)!, settings, ephemeral: false);
        }

        var sorted = ids.Order(StringComparer.Ordinal).ToList();
        _queries.ListLoaded(null, null).Should().BeEquivalentTo(new LoadedThreadPage(sorted, null));
        var first = _queries.ListLoaded(null, 2);
        first.ThreadIds.Should().Equal(sorted[0], sorted[1]);
        Decode(first.NextCursor!).Should().Be($"l:{sorted[1]}");
        var rest = _queries.ListLoaded(first.NextCursor, 2);
        rest.Should().BeEquivalentTo(new LoadedThreadPage([sorted[2]], null));
    }

    private List<string> Ids(ThreadListRequest request) => [.. _queries.ListThreads(request).Threads.Select(t => t.Id)];

    private string Thread(long createdAt, long? updatedAt = null, string provider = "openai", string cwd = "/w", string source = "vscode",
        string preview = "", bool archived = false, bool withTurn = true)
    {
        var id = ThreadId.New();
        _store.CreateThread(new ThreadRecord
        {
            Id = id,
            CreatedAtMs = createdAt,
            UpdatedAtMs = updatedAt ?? createdAt,
            Cwd = cwd,
            ModelProvider = provider,
            Source = source,
            CliVersion = ThreadManager.CliVersion,
            Preview = preview,
        });
        if (withTurn)
        {
            AddTurn(id, "t0", items: 0);
        }

        if (archived)
        {
            _store.UpdateThread(id, new ThreadPatch { Archived = true });
        }

        return id;
    }

    private void AddTurn(string threadId, string turnId, int items)
    {
        _store.SaveTurn(new TurnRecord { Id = turnId, ThreadId = threadId, Status = "completed" });
        for (var i = 0; i < items; i++)
        {
            _store.SaveItem(new ItemRecord
            {
                Id = $"{turnId}-item-{i}",
                ThreadId = threadId,
                TurnId = turnId,
                ItemType = "agentMessage",
                ItemJson = ItemJson(turnId, i),
            });
        }
    }

    private static string ItemJson(string turnId, int i) => $$"""{"type":"agentMessage","id":"{{turnId}}-item-{{i}}","text":"{{i}}"}""";

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string Decode(string cursor) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
}
