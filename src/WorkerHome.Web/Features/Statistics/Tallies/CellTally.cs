namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// The <see cref="SessionTally"/> counters of all held (not cancelled) sessions of one union, site and month, summed:
/// the dashboard reads these cells instead of joining every session of a province to its tally. A session's union,
/// site and start never change after it is created (only its seats and place text can), so each session adds to one
/// cell for life; its cancellation takes its counters back out. Written right after the session tally, in the same
/// transaction (<see cref="StatisticsTallies"/>), and rebuilt from the session tallies by <see cref="RebuildStatistics"/>.
/// <see cref="Orders"/> is kept apart: the seat counter moves with every order, so a session's seats join its cell
/// only once they are final, after it ended (<see cref="SealSessionSeats"/>).
/// </summary>
public sealed class CellTally
{
    public int UnionId { get; set; }

    /// <summary>The session's site; 0 for sessions without one (online).</summary>
    public int SiteKey { get; set; }

    /// <summary>yyyyMM of the sessions' start, Beijing time (<see cref="MonthKeys"/>).</summary>
    public int Month { get; set; }

    /// <summary>Confirmed seats of the cell's sealed sessions (<see cref="Sessions.Session.SeatsSealedAt"/>).</summary>
    public int Orders { get; set; }

    public int CheckIns { get; set; }
    public int Attended { get; set; }
    public int Feedbacks { get; set; }
    public int Ratings { get; set; }
    public int Stars { get; set; }
    public int Satisfied { get; set; }
    public int Low { get; set; }
}
