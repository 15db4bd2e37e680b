using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Feedback;

/// <summary>An attendee's rating of a session.</summary>
public sealed record SubmitFeedbackRequest
{
    /// <summary>The content (内容), 1 to 5 stars.</summary>
    [Required(ErrorMessage = "请为内容打分")]
    [Range(1, 5, ErrorMessage = "内容评分应为1到5星")]
    public int? ContentStars { get; set; }

    /// <summary>The speaker or provider (主讲), 1 to 5 stars.</summary>
    [Required(ErrorMessage = "请为主讲打分")]
    [Range(1, 5, ErrorMessage = "主讲评分应为1到5星")]
    public int? ProviderStars { get; set; }

    /// <summary>The venue (场地), 1 to 5 stars: required for sessions at a site, absent for online sessions.</summary>
    [Range(1, 5, ErrorMessage = "场地评分应为1到5星")]
    public int? VenueStars { get; set; }

    /// <summary>An optional comment, up to 300 characters; screened before anyone but staff sees it.</summary>
    [TrimmedLength(SessionFeedback.MaxCommentLength, ErrorMessage = "留言不能超过300个字")]
    public string? Comment { get; set; }
}

/// <summary>A rating as saved.</summary>
public sealed record FeedbackView(
    int Id,
    int SessionId,
    int ContentStars,
    int ProviderStars,
    int? VenueStars,
    string? Comment,
    ModerationStatus? CommentModeration,
    bool IsLow,
    FollowUpStatus FollowUp,
    string? FollowUpNote,
    DateTimeOffset? FollowedUpAt,
    int? NeedId,
    int MenuItemId,
    int UnionId,
    int? SiteId,
    int? VolunteerId,
    ServiceMode Mode,
    DateTimeOffset CreatedAt)
{
    public static FeedbackView Of(SessionFeedback f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Id, f.SessionId, f.ContentStars, f.ProviderStars, f.VenueStars, f.Comment, f.CommentModeration, f.IsLow,
            f.FollowUp, f.FollowUpNote, f.FollowedUpAt, f.NeedId, f.MenuItemId, f.UnionId, f.SiteId, f.VolunteerId, f.Mode, f.CreatedAt);
    }
}

/// <summary>
/// An attendee rates a session (评): only a worker who checked in, only once the session has ended and within the
/// feedback window, once (the unique index decides a race). The comment is screened like a need; a flagged comment
/// waits for a moderator and meanwhile only staff see it. The roll-up keys are copied from the session and its item.
/// </summary>
public sealed class SubmitFeedback(AppDbContext db, CurrentUser current, HoldForReview moderation, StatisticsTallies tallies,
    TimeProvider time, IOptions<FeedbackOptions> options)
{
    public async Task<Outcome<FeedbackView>> HandleAsync(int sessionId, SubmitFeedbackRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new
            {
                s.Id,
                s.MenuItemId,
                s.UnionId,
                s.SiteId,
                s.VolunteerId,
                s.EndsAt,
                s.Status,
                Mode = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Mode).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (session is null)
        {
            return FeedbackProblems.SessionNotFound;
        }
        if (!await db.CheckIns.AnyAsync(c => c.SessionId == sessionId && c.UserId == userId, ct))
        {
            return FeedbackProblems.NotAnAttendee;
        }
        if (session.Status == SessionStatus.Cancelled)
        {
            return FeedbackProblems.SessionCancelled;
        }
        var now = time.GetUtcNow();
        if (session.EndsAt > now)
        {
            return FeedbackProblems.SessionNotEnded;
        }
        if (now > session.EndsAt + options.Value.Window)
        {
            return FeedbackProblems.FeedbackClosed;
        }
        if (await db.Feedback.AnyAsync(f => f.SessionId == sessionId && f.UserId == userId, ct))
        {
            return FeedbackProblems.AlreadyGiven;
        }
        var problem = Check(request, atSite: session.SiteId is not null);
        if (problem is not null)
        {
            return problem;
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        ModerationStatus? status = null;
        ScreenResult? screen = null;
        if (comment is not null)
        {
            (status, screen) = await moderation.ScreenAsync(comment, ct);
        }
        var feedback = new SessionFeedback
        {
            SessionId = sessionId,
            UserId = userId,
            MenuItemId = session.MenuItemId,
            UnionId = session.UnionId,
            SiteId = session.SiteId,
            VolunteerId = session.VolunteerId,
            Mode = session.Mode,
            ContentStars = request.ContentStars!.Value,
            ProviderStars = request.ProviderStars!.Value,
            VenueStars = session.SiteId is null ? null : request.VenueStars,
            Comment = comment,
            CommentModeration = status,
            CreatedAt = now,
        };
        feedback.IsLow = Satisfaction.IsLow(feedback.ContentStars, feedback.ProviderStars, feedback.VenueStars);
        feedback.FollowUp = feedback.IsLow ? FollowUpStatus.Open : FollowUpStatus.None;
        try
        {
            await db.InTransactionAsync<int>(async token =>
            {
                db.Feedback.Add(feedback);
                await db.SaveChangesAsync(token);
                await tallies.FeedbackGivenAsync(feedback, token);
                if (status == ModerationStatus.Pending && screen is not null)
                {
                    moderation.Open(FeedbackModeration.Type, feedback.Id, session.UnionId, userId, comment!, screen);
                    await db.SaveChangesAsync(token);
                }
                return feedback.Id;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same attendee's other submission won the race.
            db.ChangeTracker.Clear();
            return FeedbackProblems.AlreadyGiven;
        }
        return FeedbackView.Of(feedback);
    }

    private static AppProblem? Check(SubmitFeedbackRequest request, bool atSite)
    {
        var problem = CommonProblems.Validation;
        problem = Stars(problem, "contentStars", "内容", request.ContentStars, required: true);
        problem = Stars(problem, "providerStars", "主讲", request.ProviderStars, required: true);
        if (atSite)
        {
            problem = Stars(problem, "venueStars", "场地", request.VenueStars, required: true);
        }
        else if (request.VenueStars is not null)
        {
            problem = problem.WithError("venueStars", "线上场次没有场地，请不要为场地打分");
        }
        if (request.Comment is { } comment && comment.Trim().Length > SessionFeedback.MaxCommentLength)
        {
            problem = problem.WithError("comment", $"留言不能超过{SessionFeedback.MaxCommentLength}个字");
        }
        return problem.Errors is { Count: > 0 } ? problem : null;
    }

    private static AppProblem Stars(AppProblem problem, string field, string label, int? stars, bool required) => stars switch
    {
        null when required => problem.WithError(field, $"请为{label}打分"),
        < 1 or > 5 => problem.WithError(field, $"{label}评分应为1到5星"),
        _ => problem,
    };
}
