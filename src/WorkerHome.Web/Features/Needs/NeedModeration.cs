using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Features.Needs;

/// <summary>
/// A moderator's decision on a held need: approved makes it public and groups it; rejected keeps it private
/// (its author still sees it, as 未通过). Runs in the moderator's transaction and saves through the same context.
/// </summary>
public sealed class NeedModeration(AppDbContext db, GroupNeed grouping) : IModeratedContent
{
    public const string Type = "Need";

    public string ContentType => Type;

    public async Task ApplyDecisionAsync(int contentId, ModerationStatus decision, CancellationToken ct)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == contentId, ct);
        // Needs are never deleted; a case pointing nowhere has nothing left to publish or hide.
        if (need is null)
        {
            return;
        }
        switch (decision)
        {
            case ModerationStatus.Approved when need.Moderation != ModerationStatus.Approved:
                need.Moderation = ModerationStatus.Approved;
                await grouping.HandleAsync(need, ct);
                break;
            case ModerationStatus.Approved:
                break;
            case ModerationStatus.Rejected:
                need.Moderation = ModerationStatus.Rejected;
                need.GroupId = null;
                if (need.Status == NeedStatus.Grouped)
                {
                    need.Status = NeedStatus.Submitted;
                }
                await db.SaveChangesAsync(ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision approves or rejects.");
        }
    }
}
