using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Feedback;

/// <summary>How staff turn a comment into a need.</summary>
public sealed record FeedbackToNeedRequest
{
    /// <summary>The need's category (EmploymentRights, SkillsTraining, Psychology, LegalAid, …).</summary>
    [Required(ErrorMessage = "请选择需求类别")]
    public NeedCategory? Category { get; set; }

    /// <summary>The need's text as staff edited it (up to 500 characters); the comment itself when empty.</summary>
    [TrimmedLength(Need.MaxTextLength, ErrorMessage = "需求内容不能超过500个字")]
    public string? Text { get; set; }
}

/// <summary>The need made of a comment.</summary>
public sealed record FeedbackNeed(int FeedbackId, int NeedId, int GroupId);

/// <summary>
/// Staff turn an approved comment into a new need (转为需求) of the worker who wrote it, addressed to the session's
/// union, and group it like any approved need — once: the rating keeps the need's id, set by a conditional update,
/// so a second attempt (or a concurrent one) is a 409 and leaves no second need behind.
/// </summary>
public sealed class FeedbackToNeed(AppDbContext db, DataScope scope, GroupNeed grouping, StatisticsTallies tallies, TimeProvider time)
{
    public async Task<Outcome<FeedbackNeed>> HandleAsync(int feedbackId, FeedbackToNeedRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Category is not { } category || !Enum.IsDefined(category))
        {
            return CommonProblems.Field("category", $"需求类别应为 {EnumText.ChoicesInChinese<NeedCategory>()}");
        }
        var feedback = await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == feedbackId, ct);
        if (feedback is null)
        {
            return FeedbackProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(feedback.UnionId, ct))
        {
            return FeedbackProblems.OutOfScope;
        }
        if (feedback.NeedId is not null)
        {
            return FeedbackProblems.AlreadyNeed;
        }
        if (feedback.Comment is null || feedback.CommentModeration != ModerationStatus.Approved)
        {
            return FeedbackProblems.NoApprovedComment;
        }
        var text = string.IsNullOrWhiteSpace(request.Text) ? feedback.Comment : request.Text.Trim();
        if (text.Length > Need.MaxTextLength)
        {
            return CommonProblems.Field("text", $"需求内容不能超过{Need.MaxTextLength}个字");
        }

        return await db.InTransactionAsync<FeedbackNeed>(async token =>
        {
            // Staff read the text they publish: the need starts approved, like one that passed the screen.
            var need = new Need
            {
                UserId = feedback.UserId,
                UnionId = feedback.UnionId,
                Category = category,
                Text = text,
                Channel = Menu.DeliveryChannel.Either,
                Moderation = ModerationStatus.Approved,
                CreatedAt = time.GetUtcNow(),
            };
            db.Needs.Add(need);
            await db.SaveChangesAsync(token);
            await tallies.NeedReceivedAsync(need.UnionId, need.CreatedAt, token);
            var groupId = await grouping.HandleAsync(need, token);
            var linked = await db.Feedback.Where(f => f.Id == feedbackId && f.NeedId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.NeedId, need.Id), token);
            if (linked == 0)
            {
                return FeedbackProblems.AlreadyNeed;
            }
            return new FeedbackNeed(feedbackId, need.Id, groupId);
        }, ct);
    }
}
