using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Features.Feedback;

/// <summary>
/// A moderator's decision on a held feedback comment: approved shows it beyond staff (and lets staff make a need of
/// it); rejected keeps it to staff. The stars count either way. Runs in the moderator's transaction.
/// </summary>
public sealed class FeedbackModeration(AppDbContext db) : IModeratedContent
{
    public const string Type = "SessionFeedback";

    public string ContentType => Type;

    public async Task ApplyDecisionAsync(int contentId, ModerationStatus decision, CancellationToken ct)
    {
        if (decision is not (ModerationStatus.Approved or ModerationStatus.Rejected))
        {
            throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision approves or rejects.");
        }
        var feedback = await db.Feedback.FirstOrDefaultAsync(f => f.Id == contentId, ct);
        // Ratings are never deleted; a case pointing nowhere has nothing left to show or hide.
        if (feedback?.Comment is null)
        {
            return;
        }
        feedback.CommentModeration = decision;
        await db.SaveChangesAsync(ct);
    }
}
