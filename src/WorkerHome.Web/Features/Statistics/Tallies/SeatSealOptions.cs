namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>The pass that adds ended sessions' seats to their statistics cells (<see cref="SealSessionSeats"/>).</summary>
public sealed class SeatSealOptions
{
    public const string Section = "Statistics:SealSeats";

    /// <summary>
    /// Whether this node runs the pass. Every node may; an advisory lock lets one seal at a time. In the Testing
    /// environment the timer never runs (tests run passes themselves with their own clock).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between passes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most sessions sealed in one transaction; a pass goes on batch after batch until none is due.</summary>
    public int BatchSize { get; set; } = 500;
}
