using AppServer.Core.Clients;
using AppServer.Core.Threads;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Threads;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;
using AppServer.Core.Threads.Settings;

namespace AppServer.Tests.Threads;

public sealed class ThreadManagerTests : IDisposable
{
    private readonly string _dir = Path.Combine("/var/tmp", "threads-manager-tests", Guid.NewGuid().ToString("N"));
    /// <summary>A notification with a bare number as payload, so the order is easy to check.</summary>
    private static readonly NotificationDescriptor<int> Delta = new("item/agentMessage/delta");

    private readonly ThreadRegistry _registry = new(TimeSpan.FromMinutes(30));
    private readonly ThreadManager _manager;

    public ThreadManagerTests()
    {
        _manager = new ThreadManager(new SqliteThreadStore(new SqliteDatabase(Path.Combine(_dir, SqliteDatabase.FileName))),
            _registry, new DefaultThreadSettingsResolver(), TimeProvider.System);
    }

    public void Dispose()
    {
        _registry.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Publish_fans_out_in_order_and_closed_connections_are_dropped()
    {
        var a = new FakeChannel("a");
        var b = new FakeChannel("b");
        var thread = _manager.Start(new ThreadSettingsOverrides { Cwd = WorkingDirectory.Parse(_dir) }, ephemeral: false, "test", _dir, a).Thread;
        _manager.Resume(thread.Id, new ThreadSettingsOverrides(), _dir, b);

        for (var i = 0; i < 50; i++)
        {
            thread.Publish(Delta, i);
        }

        a.Received.Select(r => r.Payload).Should().Equal(Enumerable.Range(0, 50).Cast<object?>());
        b.Received.Select(r => r.Payload).Should().Equal(Enumerable.Range(0, 50).Cast<object?>());

        b.Close();
        thread.Subscribers.Should().Equal(a);
        thread.SetStatus(ThreadRuntimeStatus.Active());
        thread.SetStatus(ThreadRuntimeStatus.Active());
        a.Received.Count(r => r.Method == "thread/status/changed").Should().Be(1, "unchanged status is not re-announced");
    }

    [Fact]
    public void A_thread_with_a_running_turn_cannot_be_deleted()
    {
        var client = new FakeChannel("a");
        var thread = _manager.Start(new ThreadSettingsOverrides(), ephemeral: false, "test", _dir, client).Thread;
        thread.ActiveTurnId = "turn-1";

        var delete = () => _manager.Delete(thread.Id, client);
        delete.Should().Throw<ThreadRequestException>().WithMessage($"cannot delete thread {thread.Id} while turn turn-1 is running");
        _manager.Store.GetThread(thread.Id).Should().NotBeNull();

        thread.ActiveTurnId = null;
        _manager.Delete(thread.Id, client).Send();
        _manager.Store.GetThread(thread.Id).Should().BeNull();
        client.Received.Select(r => r.Method).Should().Contain("thread/deleted");
    }

    [Fact]
    public void Resume_applies_overrides_over_the_stored_settings()
    {
        var client = new FakeChannel("a");
        var thread = _manager.Start(new ThreadSettingsOverrides { Model = "m1", SandboxMode = SandboxModes.Parse("workspace-write") }, ephemeral: false, "test", _dir, client).Thread;
        _registry.Unload(thread.Id);

        var resumed = _manager.Resume(thread.Id, new ThreadSettingsOverrides { Model = "m2" }, _dir, client).Thread;
        resumed.Settings.Model.Should().Be("m2");
        resumed.Settings.SandboxMode.Name().Should().Be("workspace-write");
        _manager.Store.GetThread(thread.Id)!.Model.Should().Be("m2");
    }

    [Fact]
    public async Task Idle_sweep_unloads_only_unsubscribed_inactive_threads_and_a_late_subscriber_reloads()
    {
        using var registry = new ThreadRegistry(TimeSpan.FromMilliseconds(20));
        var manager = new ThreadManager(_manager.Store, registry, new DefaultThreadSettingsResolver(), TimeProvider.System);
        var watcher = new FakeChannel("w");
        var busy = manager.Start(new ThreadSettingsOverrides(), ephemeral: false, "test", _dir, watcher).Thread;
        var idle = manager.Start(new ThreadSettingsOverrides(), ephemeral: false, "test", _dir, watcher).Thread;
        busy.ActiveTurnId = "running";
        manager.Unsubscribe(idle.Id, watcher);
        manager.Unsubscribe(busy.Id, watcher);
        await Task.Delay(100);
        registry.SweepIdle();

        registry.LoadedIds().Should().Equal(busy.Id);
        idle.Status.Should().Be(ThreadRuntimeStatus.NotLoaded);
        watcher.Received.Select(r => r.Method).Should().ContainInOrder("thread/status/changed", "thread/closed");

        registry.Subscribe(idle, watcher);
        registry.Find(idle.Id).Should().BeSameAs(idle);
        idle.Status.Should().Be(ThreadRuntimeStatus.Idle);
    }

    internal sealed class FakeChannel(string id) : IClientChannel
    {
        private readonly CancellationTokenSource _closed = new();

        public List<(string Method, object? Payload)> Received { get; } = [];

        public string ConnectionId => id;

        public bool ExperimentalApi => false;

        public CancellationToken Closed => _closed.Token;

        public void Close() => _closed.Cancel();

        public void Notify<TPayload>(NotificationDescriptor<TPayload> notification, TPayload payload)
        {
            lock (Received)
            {
                Received.Add((notification.Name, payload));
            }
        }

        public Task<TResult> RequestAsync<TParams, TResult>(ServerRequestDescriptor<TParams, TResult> request, TParams parameters, Action<long> onSent, CancellationToken cancellationToken)
            => throw new NotSupportedException();
    }
}
