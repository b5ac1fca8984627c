using AppServer.Core.Threads;
using AppServer.Core.Threads.Settings;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;
using FakeChannel = AppServer.Tests.Threads.ThreadManagerTests.FakeChannel;

namespace AppServer.Tests.Threads;

/// <summary>The thread manager gives each session one conversation and tells it about settings it did not make.</summary>
public sealed class ThreadSessionTests : IDisposable
{
    private readonly string _dir = Path.Combine("/var/tmp", "thread-session-tests", Guid.NewGuid().ToString("N"));
    private readonly ThreadRegistry _registry = new(TimeSpan.FromMinutes(30));
    private readonly RecordingFactory _factory = new();
    private readonly ThreadManager _manager;

    public ThreadSessionTests()
    {
        _manager = new ThreadManager(new SqliteThreadStore(new SqliteDatabase(Path.Combine(_dir, SqliteDatabase.FileName))),
            _registry, new DefaultThreadSettingsResolver(), TimeProvider.System, _factory);
    }

    public void Dispose()
    {
        _registry.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Loading_creates_one_conversation_per_session()
    {
        var a = new FakeChannel("a");
        var session = _manager.Start(new ThreadSettingsOverrides(), ephemeral: false, "test", _dir, a).Thread;
        _manager.Resume(session.Id, new ThreadSettingsOverrides(), _dir, new FakeChannel("b"));

        _factory.Created.Should().ContainSingle().Which.Should().BeSameAs(session.Conversation);
        _manager.FindSession(session.Id).Should().BeSameAs(session);
    }

    [Fact]
    public void Resume_overrides_reach_the_conversation_but_its_own_updates_do_not()
    {
        var session = _manager.Start(new ThreadSettingsOverrides { Model = "m1" }, ephemeral: true, "test", _dir, new FakeChannel("a")).Thread;
        var conversation = _factory.Created.Single();

        _manager.UpdateSettings(session, s => s with { Model = "from-turn" });
        conversation.Changes.Should().BeEmpty("turn/start overrides come from the conversation, which keeps its turn-only values");

        _manager.Resume(session.Id, new ThreadSettingsOverrides { Model = "m2" }, _dir, new FakeChannel("b"));
        conversation.Changes.Select(s => s.Model).Should().Equal("m2");
        session.Settings.Model.Should().Be("m2");
    }

    [Fact]
    public void Unloading_stops_the_conversation()
    {
        var session = _manager.Start(new ThreadSettingsOverrides(), ephemeral: false, "test", _dir, new FakeChannel("a")).Thread;
        _registry.Unload(session.Id);
        _factory.Created.Single().Disposed.Should().BeTrue();
    }

    [Fact]
    public void A_cwd_must_be_absolute_and_is_kept_as_given()
    {
        WorkingDirectory.TryParse("relative/dir").Should().BeNull();
        var parse = () => WorkingDirectory.Parse("relative");
        parse.Should().Throw<ArgumentException>();
        WorkingDirectory.Resolve("sub/", "/work").Value.Should().Be("/work/sub/");
        ApprovalsReviewers.Parse(ApprovalsReviewerKind.GuardianSubagent.Name()).Should().Be(ApprovalsReviewerKind.GuardianSubagent);
        ApprovalsReviewers.Parse("something-else").Should().Be(ApprovalsReviewerKind.User);
    }

    private sealed class RecordingFactory : IThreadConversationFactory
    {
        public List<RecordingConversation> Created { get; } = [];

        public IThreadConversation Create(ThreadSession session)
        {
            var conversation = new RecordingConversation();
            Created.Add(conversation);
            return conversation;
        }
    }

    private sealed class RecordingConversation : IThreadConversation
    {
        public List<ThreadSettings> Changes { get; } = [];

        public bool Disposed { get; private set; }

        public string? ActiveTurnId => null;

        public Task InterruptAndWaitAsync() => Task.CompletedTask;

        public void SettingsChanged(ThreadSettings settings) => Changes.Add(settings);

        public void Dispose() => Disposed = true;
    }
}
