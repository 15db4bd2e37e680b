using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Feedback;

/// <summary>How many ratings gave each number of stars: index 0 is 1 star, index 4 is 5 stars.</summary>
public sealed record StarDistribution(IReadOnlyList<int> Content, IReadOnlyList<int> Provider, IReadOnlyList<int> Venue);

/// <summary>One comment as staff see it, whatever its moderation.</summary>
public sealed record FeedbackComment(int Id, int ContentStars, int ProviderStars, int? VenueStars, string Comment,
    ModerationStatus Moderation, bool IsLow, FollowUpStatus FollowUp, DateTimeOffset CreatedAt);

/// <summary>A session's feedback for staff.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Attendees">Workers who checked in.</param>
/// <param name="ResponseRate">Ratings given per attendee, in percent with one decimal (null without attendees).</param>
/// <param name="Feedbacks">Ratings given.</param>
/// <param name="Figures">Satisfaction and averages, overall and per dimension.</param>
/// <param name="Distribution">Ratings per number of stars, per dimension.</param>
/// <param name="Comments">Every comment with its moderation state, newest first.</param>
public sealed record FeedbackSummary(
    int SessionId,
    int Attendees,
    int Feedbacks,
    decimal? ResponseRate,
    SatisfactionFigures Figures,
    StarDistribution Distribution,
    IReadOnlyList<FeedbackComment> Comments);

/// <summary>The feedback of one session (staff of the session's union or above).</summary>
public sealed class GetFeedbackSummary(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<FeedbackSummary>> HandleAsync(int sessionId, CancellationToken ct)
    {
        var unionId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.UnionId).FirstOrDefaultAsync(ct);
        if (unionId is null)
        {
            return FeedbackProblems.SessionNotFound;
        }
        if (!await scope.CoversUnionAsync(unionId.Value, ct))
        {
            return FeedbackProblems.SessionOutOfScope;
        }
        var attendees = await db.CheckIns.CountAsync(c => c.SessionId == sessionId, ct);
        var ratings = await db.Feedback.AsNoTracking().Where(f => f.SessionId == sessionId).OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).ToListAsync(ct);
        var distribution = new StarDistribution(
            Count(ratings.Select(f => (int?)f.ContentStars)),
            Count(ratings.Select(f => (int?)f.ProviderStars)),
            Count(ratings.Select(f => f.VenueStars)));
        var comments = ratings.Where(f => f.Comment is not null)
            .Select(f => new FeedbackComment(f.Id, f.ContentStars, f.ProviderStars, f.VenueStars, f.Comment!,
                f.CommentModeration ?? ModerationStatus.Pending, f.IsLow, f.FollowUp, f.CreatedAt))
            .ToList();
        return new FeedbackSummary(sessionId, attendees, ratings.Count, Satisfaction.Percent(ratings.Count, attendees),
            StarTotals.Of(ratings).Figures(), distribution, comments);
    }

    private static int[] Count(IEnumerable<int?> stars)
    {
        var counts = new int[5];
        foreach (var star in stars)
        {
            if (star is >= 1 and <= 5)
            {
                counts[star.Value - 1]++;
            }
        }
        return counts;
    }
}
