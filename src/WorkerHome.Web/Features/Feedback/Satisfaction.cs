using System.Linq.Expressions;

namespace WorkerHome.Features.Feedback;

/// <summary>
/// Star totals of a set of ratings, summed by the database (<see cref="Satisfaction.Totals{TKey}"/>) or in memory
/// (<see cref="Of"/>). Content, provider and venue are counted as separate star ratings.
/// </summary>
public sealed record StarTotals(
    int Feedbacks,
    int Low,
    int ContentSum,
    int ContentSatisfied,
    int ProviderSum,
    int ProviderSatisfied,
    int VenueCount,
    int VenueSum,
    int VenueSatisfied)
{
    public static readonly StarTotals Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Star ratings given: two per rating, three where the venue was rated.</summary>
    public int Ratings => 2 * Feedbacks + VenueCount;

    public int Satisfied => ContentSatisfied + ProviderSatisfied + VenueSatisfied;

    public static StarTotals operator +(StarTotals a, StarTotals b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Feedbacks + b.Feedbacks, a.Low + b.Low, a.ContentSum + b.ContentSum, a.ContentSatisfied + b.ContentSatisfied,
            a.ProviderSum + b.ProviderSum, a.ProviderSatisfied + b.ProviderSatisfied, a.VenueCount + b.VenueCount,
            a.VenueSum + b.VenueSum, a.VenueSatisfied + b.VenueSatisfied);
    }

    public static StarTotals Add(StarTotals a, StarTotals b) => a + b;

    public static StarTotals Of(IEnumerable<SessionFeedback> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var list = ratings.ToList();
        return new(
            list.Count,
            list.Count(f => f.IsLow),
            list.Sum(f => f.ContentStars),
            list.Count(f => f.ContentStars >= SessionFeedback.SatisfiedStars),
            list.Sum(f => f.ProviderStars),
            list.Count(f => f.ProviderStars >= SessionFeedback.SatisfiedStars),
            list.Count(f => f.VenueStars is not null),
            list.Sum(f => f.VenueStars ?? 0),
            list.Count(f => f.VenueStars >= SessionFeedback.SatisfiedStars));
    }

    public SatisfactionFigures Figures() => new(
        Feedbacks,
        Ratings,
        Satisfaction.Percent(Satisfied, Ratings),
        Satisfaction.Percent(ContentSatisfied, Feedbacks),
        Satisfaction.Percent(ProviderSatisfied, Feedbacks),
        Satisfaction.Percent(VenueSatisfied, VenueCount),
        Satisfaction.Average(ContentSum, Feedbacks),
        Satisfaction.Average(ProviderSum, Feedbacks),
        Satisfaction.Average(VenueSum, VenueCount),
        Low);
}

/// <summary>The first-standard figures (满意度) of a set of ratings; null where nothing was rated.</summary>
/// <param name="Feedbacks">Ratings given (one per attendee who rated).</param>
/// <param name="Ratings">Star ratings given (content, provider and venue counted separately).</param>
/// <param name="Satisfaction">Share of the star ratings that are 4 or 5, in percent with one decimal.</param>
/// <param name="ContentSatisfaction">The same for content alone.</param>
/// <param name="ProviderSatisfaction">The same for the provider alone.</param>
/// <param name="VenueSatisfaction">The same for the venue alone (online sessions have none).</param>
/// <param name="ContentAverage">Average content stars, two decimals.</param>
/// <param name="ProviderAverage">Average provider stars, two decimals.</param>
/// <param name="VenueAverage">Average venue stars, two decimals.</param>
/// <param name="Low">Low ratings (any dimension at 2 stars or below).</param>
public sealed record SatisfactionFigures(
    int Feedbacks,
    int Ratings,
    decimal? Satisfaction,
    decimal? ContentSatisfaction,
    decimal? ProviderSatisfaction,
    decimal? VenueSatisfaction,
    decimal? ContentAverage,
    decimal? ProviderAverage,
    decimal? VenueAverage,
    int Low);

public static class Satisfaction
{
    public static bool IsLow(int content, int provider, int? venue) =>
        content <= SessionFeedback.LowStars || provider <= SessionFeedback.LowStars || venue <= SessionFeedback.LowStars;

    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    public static decimal? Average(int sum, int count) =>
        count == 0 ? null : Math.Round((decimal)sum / count, 2, MidpointRounding.AwayFromZero);

    /// <summary>Star totals per key, summed by the database.</summary>
    public static IQueryable<Keyed<TKey>> Totals<TKey>(IQueryable<SessionFeedback> ratings, Expression<Func<SessionFeedback, TKey>> key) =>
        ratings.GroupBy(key).Select(g => new Keyed<TKey>(
            g.Key,
            g.Count(),
            g.Count(f => f.IsLow),
            g.Sum(f => f.ContentStars),
            g.Count(f => f.ContentStars >= SessionFeedback.SatisfiedStars),
            g.Sum(f => f.ProviderStars),
            g.Count(f => f.ProviderStars >= SessionFeedback.SatisfiedStars),
            g.Count(f => f.VenueStars != null),
            g.Sum(f => f.VenueStars ?? 0),
            g.Count(f => f.VenueStars >= SessionFeedback.SatisfiedStars)));

    /// <summary>The satisfaction as shown: "92.5%", or "—" when nothing was rated.</summary>
    public static string Text(decimal? percent) =>
        percent is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}

/// <summary>Star totals of one key, as the database sums them.</summary>
public sealed record Keyed<TKey>(TKey Key, int Feedbacks, int Low, int ContentSum, int ContentSatisfied, int ProviderSum,
    int ProviderSatisfied, int VenueCount, int VenueSum, int VenueSatisfied)
{
    public StarTotals Totals => new(Feedbacks, Low, ContentSum, ContentSatisfied, ProviderSum, ProviderSatisfied, VenueCount, VenueSum, VenueSatisfied);
}
