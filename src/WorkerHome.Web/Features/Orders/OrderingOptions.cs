namespace WorkerHome.Features.Orders;

/// <summary>The <c>Ordering</c> section: limits per worker, and the test-only switch that removes the seat guard.</summary>
public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>Live orders (confirmed or waiting) a worker may hold for sessions that have not started.</summary>
    public int MaxLiveOrdersPerWorker { get; set; } = 5;

    /// <summary>Of those, how many may be on waiting lists.</summary>
    public int MaxWaitlistedPerWorker { get; set; } = 3;

    /// <summary>Seat-moving requests one node lets through to the database at a time (see <see cref="SeatTurns"/>).</summary>
    public int ConcurrentSeatRequests { get; set; } = 16;

    /// <summary>How many more wait, in arrival order, before a node answers 503 and asks to retry.</summary>
    public int QueuedSeatRequests { get; set; } = 20_000;

    /// <summary>
    /// Tests only: take seats by reading the count and writing it back, without the conditional statement and the
    /// lock, to show that the concurrency tests catch an oversell. Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
