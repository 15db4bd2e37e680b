namespace WorkerHome.Features.Dispatch;

/// <summary>The <c>Dispatch:Deadlines</c> section: how the deadline pass runs.</summary>
public sealed class DispatchDeadlineOptions
{
    public const string Section = "Dispatch:Deadlines";

    /// <summary>
    /// Whether this node runs the pass. Every node may; the claim keeps an offer from being passed on twice.
    /// Unset means on, except in the Testing environment, where tests run their own passes on their own clocks.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Pause between passes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Most expired offers one pass handles.</summary>
    public int BatchSize { get; set; } = 100;
}

/// <summary>The <c>Dispatch</c> section: the test-only switch that removes the acceptance guard.</summary>
public sealed class DispatchOptions
{
    public const string Section = "Dispatch";

    /// <summary>
    /// Tests only: accept by reading the dispatch's status and writing the acceptance back, without the volunteer's
    /// lock and the conditional statement, to show that the concurrency tests catch a double acceptance.
    /// Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
