namespace WorkerHome.Features.Statistics;

/// <summary>The union the dashboard is about.</summary>
public sealed record DashboardNode(int Id, string Name, int Level, string LevelName, int? ParentId);

/// <summary>A labelled count (a slice of a breakdown).</summary>
public sealed record Counted(string Key, string Name, int Count);

/// <summary>One drill-down row: a child union (Kind "union"), a site (Kind "site"), or the records held at the node itself (Kind "self").</summary>
public sealed record ChildFigures(string Kind, int? Id, string Name, int Sites, int Needs, int Orders, int Delivered, int Rated, decimal? AverageStars);

/// <summary>Sites (not deleted) of the subtree as they stand now.</summary>
public sealed record SiteFigures(int Total, IReadOnlyList<Counted> ByForm, IReadOnlyList<Counted> ByRating, IReadOnlyList<Counted> ByStatus,
    IReadOnlyList<Counted> ByCounty);

/// <summary>Townships and streets in the node's region covered by an operating shared site within the threshold.</summary>
public sealed record CoverageFigures(double ThresholdKm, int Townships, int Covered, decimal? Percent, long Workers, long WorkersCovered);

/// <summary>People served and visits.</summary>
public sealed record PeopleFigures(int UniqueWorkers, int Visits, int SessionCheckIns, int WalkIns, int BookingCheckIns);

/// <summary>A step of the funnel with its conversion from the step before (percent, one decimal; null for the first step or a zero base).</summary>
public sealed record FunnelStep(string Key, string Name, int Count, decimal? ConversionPercent);

/// <summary>Star ratings from session feedback.</summary>
public sealed record SatisfactionSection(int Feedbacks, int Ratings, decimal? AverageStars, decimal? SatisfiedPercent, int Low);

/// <summary>Volunteer service: sessions held in the period that had a volunteer and have ended.</summary>
public sealed record VolunteerFigures(int Sessions, int Volunteers, double Hours);

/// <summary>Room bookings starting in the period.</summary>
public sealed record BookingFigures(int Booked, int CheckedIn, int NoShows, int Cancelled);

/// <summary>Counselling bookings on slots starting in the period: counts only.</summary>
public sealed record CounsellingFigures(int Booked, int Completed, int NoShows, int Cancelled);

/// <summary>Training enrolments made in the period, certificates issued in it, referrals hired in it.</summary>
public sealed record TrainingFigures(int Enrolments, int Certificates, int Referrals, int Hired);

/// <summary>Rights cases opened and closed in the period; outcomes of those closed.</summary>
public sealed record RightsFigures(int Opened, int Closed, int Open, IReadOnlyList<Counted> ByOutcome);

/// <summary>Hardship aid: applications submitted in the period, how many of them were approved, and payments made in the period.</summary>
public sealed record AidFigures(int Applications, int Approved, int Rejected, long ApprovedFen, int Paid, long PaidFen);

/// <summary>Construction plan completion of the year the period ends in, from the city's league table.</summary>
public sealed record ConstructionFigures(int Year, string Scope, string? PlanTitle, int Target, int Accepted, int Counted, double? CompletionPercent);

/// <summary>One month of the trend.</summary>
public sealed record MonthFigures(string Month, int Needs, int Orders, int Delivered, int Rated, decimal? AverageStars);

/// <summary>Everything the statistics dashboard shows for one union subtree and period.</summary>
public sealed record DashboardFigures(
    DashboardNode Node,
    string From,
    string To,
    IReadOnlyList<ChildFigures> Children,
    SiteFigures Sites,
    CoverageFigures? Coverage,
    PeopleFigures People,
    IReadOnlyList<FunnelStep> Funnel,
    SatisfactionSection Satisfaction,
    VolunteerFigures Volunteers,
    BookingFigures Bookings,
    CounsellingFigures Counselling,
    TrainingFigures Training,
    RightsFigures Rights,
    AidFigures Aid,
    ConstructionFigures? Construction,
    IReadOnlyList<MonthFigures> Months);

/// <summary>The query string of the dashboard.</summary>
/// <param name="Union">Union id; the caller's own union when empty.</param>
/// <param name="From">First month, yyyy-MM.</param>
/// <param name="To">Last month, yyyy-MM.</param>
public sealed record DashboardQuery(int? Union = null, string? From = null, string? To = null);
