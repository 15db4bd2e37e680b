using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Moderation;

/// <summary>A moderator's decision.</summary>
public sealed record ReviewRequest
{
    /// <summary>Approved (the content is published) or Rejected (it stays visible to its author only).</summary>
    [Required(ErrorMessage = "请选择审核结果")]
    public ModerationStatus? Decision { get; set; }

    /// <summary>Why, for the record (optional).</summary>
    [StringLength(200, ErrorMessage = "备注不能超过200个字")]
    public string? Note { get; set; }
}

/// <summary>
/// Approves or rejects a pending case of the caller's subtree. The decision and its effect on the content (applied
/// by the room that owns it, through <see cref="IModeratedContent"/>) are saved in one transaction. When two
/// moderators decide at once, a conditional update on <c>Status = Pending</c> lets exactly one of them win; the
/// other gets 409. A case outside the caller's subtree is 404, as if it did not exist.
/// </summary>
public sealed class ReviewCase(AppDbContext db, DataScope scope, CurrentUser user, TimeProvider time,
    IEnumerable<IModeratedContent> contents, ModerationCaseItems items)
{
    public async Task<Outcome<ModerationCaseItem>> HandleAsync(int id, ReviewRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Decision is not (ModerationStatus.Approved or ModerationStatus.Rejected))
        {
            return CommonProblems.Field("decision", "审核结果应为通过（Approved）或不通过（Rejected）");
        }
        var decision = request.Decision.Value;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is { Length: > 200 })
        {
            return CommonProblems.Field("note", "备注不能超过200个字");
        }
        var decided = await db.InTransactionAsync<int>(async token =>
        {
            var held = await db.ModerationCases.FirstOrDefaultAsync(c => c.Id == id, token);
            if (held is null || !await scope.CoversUnionAsync(held.UnionId, token))
            {
                return ModerationProblems.CaseNotFound;
            }
            if (held.Status != ModerationStatus.Pending)
            {
                return ModerationProblems.AlreadyReviewed;
            }
            // The last registration wins, as DI resolves a single service, so a host can replace a room's handler.
            var content = contents.LastOrDefault(c => c.ContentType == held.ContentType);
            if (content is null)
            {
                return ModerationProblems.ContentUnknown.WithDetail($"没有处理“{held.ContentType}”类内容的模块");
            }
            // The race is decided here: only one transaction moves the row out of Pending. The tracked change below
            // writes the same status again with the reviewer, so the operation log records the decision.
            var won = await db.ModerationCases.Where(c => c.Id == id && c.Status == ModerationStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, decision), token);
            if (won == 0)
            {
                return ModerationProblems.AlreadyReviewed;
            }
            held.Status = decision;
            held.ReviewedBy = user.UserId;
            held.ReviewedAt = time.GetUtcNow();
            held.ReviewNote = note;
            await content.ApplyDecisionAsync(held.ContentId, decision, token);
            await db.SaveChangesAsync(token);
            return held.Id;
        }, ct);
        if (!decided.Succeeded)
        {
            return decided.Problem;
        }
        return (await items.LoadAsync(db.ModerationCases.AsNoTracking().Where(c => c.Id == decided.Value), ct)).Single();
    }
}
