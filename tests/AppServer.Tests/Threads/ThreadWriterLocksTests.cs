using AppServer.Storage.Threads;

namespace AppServer.Tests.Threads;

/// <summary>
/// The per-thread writer claim. Two instances stand in for two processes: the locks belong to the open
/// file (OFD record locks, flock), so they exclude each other within one process as across processes.
/// </summary>
public sealed class ThreadWriterLocksTests : IDisposable
{
    private readonly string _home = Path.Combine("/var/tmp", "writer-locks-tests", Guid.NewGuid().ToString("N"));

    public ThreadWriterLocksTests() => Directory.CreateDirectory(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void One_holder_per_thread_until_it_releases_or_goes_away(bool regionLocks)
    {
        var a = Guid.CreateVersion7().ToString();
        var b = Guid.CreateVersion7().ToString();
        using var first = new ThreadWriterLocks(_home, regionLocks);
        using (var second = new ThreadWriterLocks(_home, regionLocks))
        {
            first.TryAcquire(a).Should().BeTrue();
            first.TryAcquire(a).Should().BeTrue("claiming a held thread again is a no-op");
            second.TryAcquire(a).Should().BeFalse();
            second.TryAcquire(b).Should().BeTrue("other threads are independent");
            first.TryAcquire(b).Should().BeFalse();

            first.Release(a);
            first.IsHeld(a).Should().BeFalse();
            second.TryAcquire(a).Should().BeTrue();
        }

        // The second holder is gone (as a process that exits or is killed): its threads are free.
        first.TryAcquire(a).Should().BeTrue();
        first.TryAcquire(b).Should().BeTrue();
    }

    [Fact]
    public void Reading_the_lock_file_elsewhere_in_the_process_keeps_the_claims()
    {
        // Classic POSIX record locks would all be dropped by this open + close (e.g. a client's fs/readFile).
        var id = Guid.CreateVersion7().ToString();
        using var first = new ThreadWriterLocks(_home);
        using var second = new ThreadWriterLocks(_home);
        first.TryAcquire(id).Should().BeTrue();
        File.ReadAllBytes(Path.Combine(_home, ThreadWriterLocks.FileName));
        second.TryAcquire(id).Should().BeFalse();
    }

    [Fact]
    public void Offsets_are_stable_and_leave_room_for_the_locked_byte()
    {
        var id = "01a23ce7-fc17-7563-b3a2-85297709c26e";
        ThreadWriterLocks.Offset(id).Should().Be(ThreadWriterLocks.Offset(id));
        Enumerable.Range(0, 1000).Select(_ => ThreadWriterLocks.Offset(Guid.CreateVersion7().ToString()))
            .Should().OnlyContain(o => o >= 0 && o < long.MaxValue).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_lock_file_name_is_only_ever_a_thread_id()
    {
        using var locks = new ThreadWriterLocks(_home, useRegionLocks: false);
        var act = () => locks.TryAcquire("../../etc/passwd");
        act.Should().Throw<ArgumentException>();
    }
}
