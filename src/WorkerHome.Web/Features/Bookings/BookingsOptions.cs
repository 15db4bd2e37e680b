namespace WorkerHome.Features.Bookings;

/// <summary>The <c>Bookings</c> section: the test-only switch that removes the double-booking guard.</summary>
public sealed class BookingsOptions
{
    public const string Section = "Bookings";

    /// <summary>
    /// Tests only: book by asking "is it free?" and then writing the booking without its slot rows, to show that the
    /// concurrency test catches a double booking. Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}

/// <summary>The <c>Bookings:ReleasePass</c> section: the pass that releases slots nobody checked in to.</summary>
public sealed class ReleasePassOptions
{
    public const string Section = "Bookings:ReleasePass";

    /// <summary>Whether this node runs the pass; every node may. In the Testing environment tests run it themselves.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Most bookings one pass releases.</summary>
    public int BatchSize { get; set; } = 100;
}
