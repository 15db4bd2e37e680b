namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// The counters of one session that the dashboard sums instead of scanning its check-ins and feedback: written in the
/// same transaction as the check-in, its undo or the feedback (see <see cref="StatisticsTallies"/>), and rebuilt from
/// the rows by <see cref="RebuildStatistics"/>.
/// </summary>
public sealed class SessionTally
{
    public int SessionId { get; set; }

    /// <summary>Check-ins, walk-ins included.</summary>
    public int CheckIns { get; set; }

    /// <summary>Check-ins on a confirmed order (到场服务).</summary>
    public int Attended { get; set; }

    /// <summary>Feedback given.</summary>
    public int Feedbacks { get; set; }

    /// <summary>Star ratings given (two or three per feedback: content, speaker, venue at a site).</summary>
    public int Ratings { get; set; }

    /// <summary>The sum of those stars.</summary>
    public int Stars { get; set; }

    /// <summary>Ratings of four or five stars.</summary>
    public int Satisfied { get; set; }

    /// <summary>Feedback marked low (needs a follow-up).</summary>
    public int Low { get; set; }
}
