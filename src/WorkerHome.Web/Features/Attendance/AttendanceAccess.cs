using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Attendance;

/// <summary>What the check-in use cases need to know about a session.</summary>
/// <param name="Id">Session id.</param>
/// <param name="UnionId">The union holding it.</param>
/// <param name="Title">The menu item's title.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="When">Start in Chinese.</param>
/// <param name="Where">Site and place, or 线上.</param>
/// <param name="Online">Held online (no site).</param>
/// <param name="OnlineUrl">The meeting link of an online session.</param>
/// <param name="Status">Scheduled or Cancelled.</param>
/// <param name="VolunteerId">The volunteer delivering it.</param>
/// <param name="Window">When check-in is open.</param>
public sealed record SessionFacts(int Id, int UnionId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string When, string Where,
    bool Online, string? OnlineUrl, SessionStatus Status, int? VolunteerId, CheckInWindow Window);

/// <summary>
/// Loads a session for the check-in use cases and decides who may run its delivery: staff whose subtree holds the
/// session's union, or the verified volunteer the session was dispatched to.
/// </summary>
public sealed class AttendanceAccess(AppDbContext db, DataScope scope, CurrentUser current, CheckInTokens tokens, TimeProvider time)
{
    public async Task<SessionFacts?> FindAsync(int sessionId, CancellationToken ct)
    {
        var row = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new
            {
                s.Id,
                s.UnionId,
                s.StartsAt,
                s.EndsAt,
                s.Place,
                s.OnlineUrl,
                s.SiteId,
                s.Status,
                s.VolunteerId,
                Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First(),
                SiteName = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var where = SessionVenue.Describe(row.SiteName, row.Place);
        return new SessionFacts(row.Id, row.UnionId, row.Title, row.StartsAt, row.EndsAt, ChinaTime.FormatDateTime(row.StartsAt, time.GetUtcNow()),
            where, row.SiteId is null, row.OnlineUrl, row.Status, row.VolunteerId, tokens.WindowOf(row.StartsAt, row.EndsAt));
    }

    /// <summary>The session, if the caller may show its code, check people in by hand and see its attendance.</summary>
    public async Task<Outcome<SessionFacts>> ForDeliveryAsync(int sessionId, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var session = await FindAsync(sessionId, ct);
        if (session is null)
        {
            return AttendanceProblems.SessionNotFound;
        }
        if (await scope.CoversUnionAsync(session.UnionId, ct))
        {
            return session;
        }
        if (session.VolunteerId is { } volunteerId && await VolunteerOf.VerifiedIdAsync(db, userId, ct) == volunteerId)
        {
            return session;
        }
        return AttendanceProblems.OutOfScope;
    }
}
