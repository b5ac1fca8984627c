using System.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Hosting;

/// <summary>
/// Gives memory back after a burst. The GC only runs when something allocates, so an idle server keeps whatever
/// a burst of large messages left behind (mostly large-object-heap garbage). Every few seconds, when the heap has
/// grown well past what was live after the last trim and the process is quiet, one compacting collection
/// returns the difference to the OS. <c>APPSERVER_MEMORY_TRIM=0</c> leaves it unregistered.
/// </summary>
internal sealed class MemoryTrimmer(ILogger<MemoryTrimmer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Growth of the committed heap (over the last trim's) that is worth a full collection.</summary>
    private const long GrowthWorthTrimming = 64L * 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        long afterLastTrim = GC.GetGCMemoryInfo().TotalCommittedBytes;
        long allocatedAtLastTick = GC.GetTotalAllocatedBytes();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
                var allocated = GC.GetTotalAllocatedBytes();
                var quiet = allocated - allocatedAtLastTick < GrowthWorthTrimming / 4;
                allocatedAtLastTick = allocated;
                if (committed < afterLastTrim + GrowthWorthTrimming)
                {
                    afterLastTrim = Math.Min(afterLastTrim, committed);
                    continue;
                }

                if (!quiet)
                {
                    continue; // still busy: the GC is running anyway; trim once things calm down
                }

                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                afterLastTrim = GC.GetGCMemoryInfo().TotalCommittedBytes;
                logger.LogDebug("Trimmed the heap from {Before} to {After} bytes committed", committed, afterLastTrim);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
