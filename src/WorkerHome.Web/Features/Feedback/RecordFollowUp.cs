using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Feedback;

/// <summary>What came of calling back a worker who gave a low rating.</summary>
public sealed record RecordFollowUpRequest
{
    /// <summary>The note, 1 to 300 characters.</summary>
    [Required(ErrorMessage = "请填写回访情况")]
    [TrimmedLength(300, ErrorMessage = "回访情况不能超过300个字")]
    public string Note { get; set; } = "";
}

/// <summary>
/// Staff record the follow-up of a low rating (记录回访): it moves from open to done with who and when. One
/// conditional update, so of two staff recording at once one wins and the other gets 409.
/// </summary>
public sealed class RecordFollowUp(AppDbContext db, DataScope scope, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<FeedbackView>> HandleAsync(int feedbackId, RecordFollowUpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var note = request.Note?.Trim() ?? "";
        if (note.Length == 0)
        {
            return CommonProblems.Field("note", "请填写回访情况");
        }
        if (note.Length > 300)
        {
            return CommonProblems.Field("note", "回访情况不能超过300个字");
        }
        var found = await db.Feedback.AsNoTracking().Where(f => f.Id == feedbackId).Select(f => new { f.UnionId, f.FollowUp }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return FeedbackProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(found.UnionId, ct))
        {
            return FeedbackProblems.OutOfScope;
        }
        if (found.FollowUp == FollowUpStatus.None)
        {
            return FeedbackProblems.NotLow;
        }
        var now = time.GetUtcNow();
        var by = current.UserId;
        var updated = await db.Feedback.Where(f => f.Id == feedbackId && f.FollowUp == FollowUpStatus.Open)
            .ExecuteUpdateAsync(s => s
                .SetProperty(f => f.FollowUp, FollowUpStatus.Done)
                .SetProperty(f => f.FollowUpNote, note)
                .SetProperty(f => f.FollowedUpBy, by)
                .SetProperty(f => f.FollowedUpAt, now), ct);
        if (updated == 0)
        {
            return FeedbackProblems.FollowUpDone;
        }
        return FeedbackView.Of(await db.Feedback.AsNoTracking().SingleAsync(f => f.Id == feedbackId, ct));
    }
}
