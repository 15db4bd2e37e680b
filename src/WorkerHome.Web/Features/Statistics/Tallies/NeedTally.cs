namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// The needs a union received in a month (Beijing time), whatever became of them: the funnel's first step, summed over
/// a subtree instead of scanning every need. Needs are never deleted or moved to another union, so the count only grows.
/// </summary>
public sealed class NeedTally
{
    public int UnionId { get; set; }

    /// <summary>yyyyMM, e.g. 202611.</summary>
    public int Month { get; set; }

    public int Needs { get; set; }
}
