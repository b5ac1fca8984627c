using AppServer.Core.Goals;
using AppServer.Core.Threads;
using AppServer.Protocol.Goals;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;

namespace AppServer.Tests.Goals;

/// <summary>Thread goals: the SQLite rows and the rules of <c>thread/goal/set</c> as the reference applies them.</summary>
public sealed class ThreadGoalServiceTests : IDisposable
{
    private const string ThreadA = "01a2063c-6d1c-7f01-b6fe-4efc8d5c2990";
    private const string Missing = "00000000-0000-0000-0000-000000000000";

    private readonly string _dir = Path.Combine("/var/tmp", "goals-unit-tests", Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new(DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_500));
    private readonly ThreadRegistry _registry = new();
    private readonly SqliteThreadStore _store;
    private readonly SqliteGoalStore _goalStore;
    private readonly ThreadGoalService _goals;

    public ThreadGoalServiceTests()
    {
        Directory.CreateDirectory(_dir);
        var database = new SqliteDatabase(Path.Combine(_dir, SqliteDatabase.FileName));
        _store = new SqliteThreadStore(database);
        _goalStore = new SqliteGoalStore(database);
        _store.CreateThread(Thread(ThreadA));
        _goals = new ThreadGoalService(_store, _goalStore, _registry, _clock);
    }

    public void Dispose()
    {
        _registry.Dispose();
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
    public void Store_saves_replaces_reads_and_deletes_a_goal()
    {
        _goalStore.GetGoal(ThreadA).Should().BeNull();
        var goal = new ThreadGoalRecord(ThreadA, "Ship it", "active", 1000, 5, 2, 1000, 2000);
        _goalStore.SaveGoal(goal);
        _goalStore.GetGoal(ThreadA).Should().Be(goal);

        _goalStore.SaveGoal(goal with { Status = "paused", TokenBudget = null });
        _goalStore.GetGoal(ThreadA).Should().Be(goal with { Status = "paused", TokenBudget = null });

        _goalStore.DeleteGoal(ThreadA).Should().BeTrue();
        _goalStore.DeleteGoal(ThreadA).Should().BeFalse();
        _goalStore.GetGoal(ThreadA).Should().BeNull();
    }

    [Fact]
    public void Store_refuses_a_goal_for_a_missing_thread_and_drops_goals_with_their_thread()
    {
        var act = () => _goalStore.SaveGoal(new ThreadGoalRecord(Missing, "x", "active", null, 0, 0, 1, 1));
        act.Should().Throw<ThreadNotFoundException>();

        _goalStore.SaveGoal(new ThreadGoalRecord(ThreadA, "x", "active", null, 0, 0, 1, 1));
        _store.DeleteThread(ThreadA).Should().BeTrue();
        _goalStore.GetGoal(ThreadA).Should().BeNull();
    }

    [Fact]
    public void Set_creates_an_active_goal_with_zero_usage_and_times_in_seconds()
    {
        var goal = _goals.Set(ThreadA, new ThreadGoalPatch("  Ship the feature  ", null, ChangesBudget: true, TokenBudget: 1000));

        goal.ThreadId.Should().Be(ThreadA);
        goal.Objective.Should().Be("Ship the feature");
        goal.Status.Should().Be(ThreadGoalStatus.Active);
        goal.TokenBudget.Should().Be(1000);
        goal.TokensUsed.Should().Be(0);
        goal.TimeUsedSeconds.Should().Be(0);
        goal.CreatedAt.Should().Be(1_795_000_000);
        goal.UpdatedAt.Should().Be(1_795_000_000);
        _goals.Get(ThreadA).Goal.Should().BeEquivalentTo(goal);
    }

    [Fact]
    public void Set_patches_only_the_given_fields_and_keeps_the_creation_time()
    {
        _goals.Set(ThreadA, new ThreadGoalPatch("First", null, ChangesBudget: true, TokenBudget: 1000));
        _clock.Advance(TimeSpan.FromSeconds(30));

        var paused = _goals.Set(ThreadA, new ThreadGoalPatch(null, ThreadGoalStatus.Paused, ChangesBudget: false, TokenBudget: null));
        paused.Objective.Should().Be("First");
        paused.Status.Should().Be(ThreadGoalStatus.Paused);
        paused.TokenBudget.Should().Be(1000);
        paused.CreatedAt.Should().Be(1_795_000_000);
        paused.UpdatedAt.Should().Be(1_795_000_030);

        var unbudgeted = _goals.Set(ThreadA, new ThreadGoalPatch("Second", null, ChangesBudget: true, TokenBudget: null));
        unbudgeted.Objective.Should().Be("Second");
        unbudgeted.Status.Should().Be(ThreadGoalStatus.Paused);
        unbudgeted.TokenBudget.Should().BeNull();
    }

    [Fact]
    public void An_active_goal_whose_budget_is_spent_becomes_budget_limited()
    {
        _goalStore.SaveGoal(new ThreadGoalRecord(ThreadA, "x", "paused", null, 300, 3, 1000, 1000));

        var goal = _goals.Set(ThreadA, new ThreadGoalPatch(null, ThreadGoalStatus.Active, ChangesBudget: true, TokenBudget: 50));

        goal.Status.Should().Be(ThreadGoalStatus.BudgetLimited);
        goal.TokensUsed.Should().Be(300);
    }

    [Theory]
    [InlineData("", null, "goal objective must not be empty")]
    [InlineData("   ", null, "goal objective must not be empty")]
    [InlineData("ok", 0L, "goal budgets must be positive when provided")]
    [InlineData("ok", -5L, "goal budgets must be positive when provided")]
    public void Set_rejects_invalid_fields_with_the_reference_messages(string objective, long? budget, string message)
    {
        var act = () => _goals.Set(ThreadA, new ThreadGoalPatch(objective, null, ChangesBudget: budget is not null, budget));
        act.Should().Throw<ThreadRequestException>().WithMessage(message);
        _goalStore.GetGoal(ThreadA).Should().BeNull();
    }

    [Fact]
    public void Set_limits_the_objective_to_4000_characters()
    {
        _goals.Set(ThreadA, new ThreadGoalPatch(new string('x', 4000), null, false, null)).Objective.Should().HaveLength(4000);
        var act = () => _goals.Set(ThreadA, new ThreadGoalPatch(new string('x', 4001), null, false, null));
        act.Should().Throw<ThreadRequestException>().WithMessage("goal objective must be at most 4000 characters");
    }

    [Fact]
    public void Set_without_an_objective_needs_an_existing_goal()
    {
        var act = () => _goals.Set(ThreadA, new ThreadGoalPatch(null, ThreadGoalStatus.Paused, false, null));
        act.Should().Throw<ThreadRequestException>().WithMessage($"cannot update goal for thread {ThreadA}: no goal exists");
    }

    [Fact]
    public void Unknown_archived_and_malformed_threads_are_refused()
    {
        _goals.Invoking(g => g.Get(Missing)).Should().Throw<ThreadRequestException>().WithMessage($"thread not found: {Missing}");
        _goals.Invoking(g => g.Clear(Missing)).Should().Throw<ThreadRequestException>().WithMessage($"thread not found: {Missing}");
        _goals.Invoking(g => g.Get("nope")).Should().Throw<ThreadRequestException>().WithMessage("invalid thread id: *");

        _store.UpdateThread(ThreadA, new ThreadPatch { Archived = true });
        _goals.Invoking(g => g.Set(ThreadA, new ThreadGoalPatch("x", null, false, null)))
            .Should().Throw<ThreadRequestException>().WithMessage($"thread not found: {ThreadA}");
    }

    [Fact]
    public void Clear_reports_whether_there_was_a_goal()
    {
        _goals.Clear(ThreadA).Cleared.Should().BeFalse();
        _goals.Set(ThreadA, new ThreadGoalPatch("x", null, false, null));
        _goals.Clear(ThreadA).Cleared.Should().BeTrue();
        _goals.Get(ThreadA).Goal.Should().BeNull();
    }

    private static ThreadRecord Thread(string id) => new()
    {
        Id = id,
        CreatedAtMs = 1000,
        UpdatedAtMs = 1000,
        Cwd = "/work",
        ModelProvider = "openai",
        Model = "gpt-5.5",
        Source = "vscode",
        CliVersion = "0.169.0",
    };

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
