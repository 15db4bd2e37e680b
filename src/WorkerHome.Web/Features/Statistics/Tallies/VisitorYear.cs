namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// A worker served in a union's subtree in a year, with the first month of that year they were served: the unique
/// workers of January to month M are the rows with <see cref="FirstMonth"/> ≤ M (the dashboard's default period).
/// Kept equal to the minimum of the worker's <see cref="VisitorMonth"/> rows of that union and year.
/// </summary>
public sealed class VisitorYear
{
    public int UnionId { get; set; }

    public int Year { get; set; }

    public Guid UserId { get; set; }

    /// <summary>1–12.</summary>
    public int FirstMonth { get; set; }
}
