using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Feedback;

/// <summary>A low rating as the follow-up queue shows it, with who gave it so staff can call back (回访).</summary>
public sealed record FollowUpItem(
    int Id,
    int SessionId,
    string ItemTitle,
    DateTimeOffset SessionStartsAt,
    string UnionName,
    string WorkerName,
    string? WorkerPhone,
    int ContentStars,
    int ProviderStars,
    int? VenueStars,
    string? Comment,
    ModerationStatus? CommentModeration,
    FollowUpStatus FollowUp,
    string? FollowUpNote,
    string? FollowedUpByName,
    DateTimeOffset? FollowedUpAt,
    int? NeedId,
    DateTimeOffset CreatedAt);

/// <summary>Low ratings in the staff member's subtree, open ones oldest first, done ones newest first.</summary>
public sealed class ListFollowUps(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<FollowUpItem>>> HandleAsync(string? status, int page, int pageSize, CancellationToken ct)
    {
        var wanted = (status ?? "open").Trim().ToLowerInvariant() switch
        {
            "open" => FollowUpStatus.Open,
            "done" => FollowUpStatus.Done,
            _ => (FollowUpStatus?)null,
        };
        if (wanted is null)
        {
            return CommonProblems.Field("status", "状态应为 open（待回访）或 done（已回访）");
        }
        if (Paging.Check(page, pageSize) is { } pagingProblem)
        {
            return pagingProblem;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var inScope = access.UnionIds(db);
        var query = db.Feedback.AsNoTracking().Where(f => f.IsLow && f.FollowUp == wanted && inScope.Contains(f.UnionId));
        var total = await query.CountAsync(ct);
        query = wanted == FollowUpStatus.Open
            ? query.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
            : query.OrderByDescending(f => f.FollowedUpAt).ThenByDescending(f => f.Id);
        var items = await Project(query.Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new PagedList<FollowUpItem>(items, total, page, pageSize);
    }

    /// <summary>One low rating in the queue's shape (for the console after an action).</summary>
    public Task<FollowUpItem?> FindAsync(int id, CancellationToken ct) =>
        Project(db.Feedback.AsNoTracking().Where(f => f.Id == id)).FirstOrDefaultAsync(ct);

    private IQueryable<FollowUpItem> Project(IQueryable<SessionFeedback> query) => query.Select(f => new FollowUpItem(
        f.Id,
        f.SessionId,
        db.MenuItems.Where(i => i.Id == f.MenuItemId).Select(i => i.Title).First(),
        db.Sessions.Where(s => s.Id == f.SessionId).Select(s => s.StartsAt).First(),
        db.Unions.Where(u => u.Id == f.UnionId).Select(u => u.Name).First(),
        db.Users.Where(u => u.Id == f.UserId).Select(u => u.DisplayName).First(),
        db.Users.Where(u => u.Id == f.UserId).Select(u => u.PhoneMasked).First(),
        f.ContentStars,
        f.ProviderStars,
        f.VenueStars,
        f.Comment,
        f.CommentModeration,
        f.FollowUp,
        f.FollowUpNote,
        db.Users.Where(u => u.Id == f.FollowedUpBy).Select(u => u.DisplayName).FirstOrDefault(),
        f.FollowedUpAt,
        f.NeedId,
        f.CreatedAt));
}
