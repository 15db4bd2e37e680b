using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Feedback;

/// <summary>Ended sessions, attendees and union subtrees made straight in the database (Attendance is built elsewhere).</summary>
public static class FeedbackTestData
{
    /// <summary>A session of the item that ended <paramref name="endedAgo"/> before the fixed clock (negative: not yet ended).</summary>
    public static async Task<Session> EndedSessionAsync(this TestApp app, MenuItem item, TimeSpan? endedAgo = null, bool online = false,
        int? volunteerId = null, int? unionId = null)
    {
        var session = await app.SessionAsync(item, startsIn: -(endedAgo ?? TimeSpan.FromHours(1)) - TimeSpan.FromMinutes(90));
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.SiteId, x => online ? null : x.SiteId)
            .SetProperty(x => x.OnlineUrl, online ? "https://meeting.example.cn/123" : null)
            .SetProperty(x => x.VolunteerId, volunteerId)
            .SetProperty(x => x.UnionId, x => unionId ?? x.UnionId)));
        return await app.ReloadAsync(session);
    }

    /// <summary>Workers checked in to the session (as walk-ins, recorded by hand).</summary>
    public static async Task<IReadOnlyList<TestWorker>> AttendeesAsync(this TestApp app, Session session, int count = 1)
    {
        var workers = await app.CreateAsync(count, "fb");
        await app.DbAsync(async db =>
        {
            db.CheckIns.AddRange(workers.Select(w => new CheckIn
            {
                SessionId = session.Id,
                UserId = w.Id,
                Method = CheckInMethod.ByHand,
                IsWalkIn = true,
                CheckedInAt = session.StartsAt,
            }));
            await db.SaveChangesAsync();
        });
        return workers;
    }

    /// <summary>A rating written directly (for summaries and roll-ups, whose tests are about counting, not submitting).</summary>
    public static async Task<SessionFeedback> RatingAsync(this TestApp app, Session session, int content, int provider, int? venue,
        string? comment = null, Features.Moderation.ModerationStatus? moderation = null)
    {
        var worker = (await app.AttendeesAsync(session))[0];
        var mode = await app.DbAsync(db => db.MenuItems.Where(i => i.Id == session.MenuItemId).Select(i => i.Mode).SingleAsync());
        var low = Satisfaction.IsLow(content, provider, venue);
        var rating = new SessionFeedback
        {
            SessionId = session.Id,
            UserId = worker.Id,
            MenuItemId = session.MenuItemId,
            UnionId = session.UnionId,
            SiteId = session.SiteId,
            VolunteerId = session.VolunteerId,
            Mode = mode,
            ContentStars = content,
            ProviderStars = provider,
            VenueStars = venue,
            Comment = comment,
            CommentModeration = comment is null ? null : moderation ?? Features.Moderation.ModerationStatus.Approved,
            IsLow = low,
            FollowUp = low ? FollowUpStatus.Open : FollowUpStatus.None,
            CreatedAt = TestApp.Now.AddMinutes(-5),
        };
        await app.DbAsync(async db =>
        {
            db.Feedback.Add(rating);
            await db.SaveChangesAsync();
        });
        return rating;
    }

    /// <summary>A new union under <paramref name="parentId"/>, with a unique name.</summary>
    public static Task<Union> UnionUnderAsync(this TestApp app, int parentId, string prefix) => app.DbAsync(async db =>
    {
        var parent = await db.Unions.SingleAsync(u => u.Id == parentId);
        var union = new Union
        {
            Name = prefix + Guid.NewGuid().ToString("N")[..6],
            Level = UnionLevel.Grassroots,
            ParentId = parentId,
            Path = "/pending-" + Guid.NewGuid().ToString("N") + "/",
            RegionCode = parent.RegionCode,
            CreatedAt = TestApp.Now,
        };
        db.Unions.Add(union);
        await db.SaveChangesAsync();
        union.PlaceUnder(parent);
        await db.SaveChangesAsync();
        return union;
    });
}
