namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>A change to a session's counters (and to its cell's): each field is added to the kept count.</summary>
internal readonly record struct SessionCounts(int CheckIns = 0, int Attended = 0, int Feedbacks = 0, int Ratings = 0, int Stars = 0, int Satisfied = 0,
    int Low = 0)
{
    public static SessionCounts operator -(SessionCounts c) =>
        new(-c.CheckIns, -c.Attended, -c.Feedbacks, -c.Ratings, -c.Stars, -c.Satisfied, -c.Low);
}
