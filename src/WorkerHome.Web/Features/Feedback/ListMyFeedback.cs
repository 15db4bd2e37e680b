using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Feedback;

/// <summary>A session the worker attended, as the feedback pages show it.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="ItemTitle">The menu item's title.</param>
/// <param name="StartsAt">When it started.</param>
/// <param name="EndsAt">When it ended.</param>
/// <param name="Where">The site's name, or 线上 for an online session.</param>
/// <param name="IsOnline">Whether it was held online (no venue to rate).</param>
/// <param name="Deadline">The last moment the session can be rated.</param>
/// <param name="Rating">The worker's rating, once given.</param>
public sealed record AttendedSession(
    int SessionId,
    string ItemTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Where,
    bool IsOnline,
    DateTimeOffset Deadline,
    FeedbackView? Rating);

/// <summary>The worker's sessions to rate (ended, within the window, not yet rated) and those rated.</summary>
public sealed record MyFeedback(IReadOnlyList<AttendedSession> ToRate, IReadOnlyList<AttendedSession> Rated);

/// <summary>The signed-in worker's attended sessions, for <c>/me/feedback</c> and the rating form.</summary>
public sealed class ListMyFeedback(AppDbContext db, CurrentUser current, TimeProvider time, IOptions<FeedbackOptions> options)
{
    public async Task<MyFeedback> HandleAsync(CancellationToken ct)
    {
        var all = await AttendedAsync(null, ct);
        var now = time.GetUtcNow();
        return new MyFeedback(
            all.Where(s => s.Rating is null && s.Deadline >= now).OrderBy(s => s.Deadline).ToList(),
            all.Where(s => s.Rating is not null).OrderByDescending(s => s.Rating!.CreatedAt).ToList());
    }

    /// <summary>One ended session the worker attended (rated or not), or null.</summary>
    public async Task<AttendedSession?> FindAsync(int sessionId, CancellationToken ct) => (await AttendedAsync(sessionId, ct)).FirstOrDefault();

    private async Task<List<AttendedSession>> AttendedAsync(int? sessionId, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return [];
        }
        var now = time.GetUtcNow();
        var window = options.Value.Window;
        var attended = db.CheckIns.Where(c => c.UserId == userId).Select(c => c.SessionId);
        var sessions = db.Sessions.AsNoTracking()
            .Where(s => attended.Contains(s.Id) && s.EndsAt <= now && s.Status != SessionStatus.Cancelled);
        if (sessionId is { } id)
        {
            sessions = sessions.Where(s => s.Id == id);
        }
        var rows = await sessions
            .Select(s => new
            {
                s.Id,
                s.StartsAt,
                s.EndsAt,
                s.SiteId,
                Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First(),
                Site = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
                Rating = db.Feedback.Where(f => f.SessionId == s.Id && f.UserId == userId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new AttendedSession(r.Id, r.Title, r.StartsAt, r.EndsAt, SessionVenue.Describe(r.Site, null), r.SiteId is null,
                r.EndsAt + window, r.Rating is null ? null : FeedbackView.Of(r.Rating)))
            .ToList();
    }
}
