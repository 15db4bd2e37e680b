namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// The unique workers of a union's subtree in a month, counted: <see cref="Visitors"/> is the number of its
/// <see cref="VisitorMonth"/> rows for that month, <see cref="Newcomers"/> the number of its <see cref="VisitorYear"/>
/// rows whose first month is this one. So "unique workers in month M" is one row and "unique workers from January to
/// month M" is the sum of at most twelve, however many workers a province serves.
/// </summary>
public sealed class VisitorTally
{
    public int UnionId { get; set; }

    /// <summary>yyyyMM (<see cref="MonthKeys"/>).</summary>
    public int Month { get; set; }

    /// <summary>Workers served in the subtree in this month.</summary>
    public int Visitors { get; set; }

    /// <summary>Workers served in the subtree this month and in no earlier month of the same year.</summary>
    public int Newcomers { get; set; }
}
