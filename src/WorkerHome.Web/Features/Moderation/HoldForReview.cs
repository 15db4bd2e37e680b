using WorkerHome.Data;

namespace WorkerHome.Features.Moderation;

/// <summary>
/// Screens a text as it is written and, if the screen flags it, opens a case in the moderation queue. Content
/// is saved either way, as <see cref="ModerationStatus.Approved"/> or <see cref="ModerationStatus.Pending"/>.
/// </summary>
public sealed class HoldForReview(AppDbContext db, TextScreen screen, TimeProvider time)
{
    /// <summary>The status new content starts with, and the screen's reasons.</summary>
    public async Task<(ModerationStatus Status, ScreenResult Result)> ScreenAsync(string text, CancellationToken ct)
    {
        var result = await screen.ScreenAsync(text, ct);
        return (result.Flagged ? ModerationStatus.Pending : ModerationStatus.Approved, result);
    }

    /// <summary>Adds the queue entry for content the screen flagged (the caller saves it with the content).</summary>
    public void Open(string contentType, int contentId, int unionId, Guid authorId, string text, ScreenResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Flagged)
        {
            return;
        }
        db.ModerationCases.Add(new ModerationCase
        {
            ContentType = contentType,
            ContentId = contentId,
            UnionId = unionId,
            AuthorId = authorId,
            Text = text.Length > 2000 ? text[..2000] : text,
            Reasons = [.. result.Reasons],
            CreatedAt = time.GetUtcNow(),
        });
    }
}
