using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>The next status of a referral.</summary>
public sealed class ReferralStatusInput
{
    [Required(ErrorMessage = "请选择推荐状态")]
    public ReferralStatus? Status { get; set; }

    [StringLength(200, ErrorMessage = "备注不能超过200个字")]
    public string? Note { get; set; }
}

/// <summary>
/// A referral moves 推荐 → 面试 → 录用, or ends as 未录用 / 本人放弃 from 推荐 or 面试; nothing leaves an end state.
/// Staff of the posting's subtree move it; the worker may only decline its own. 录用 takes one opening with one
/// conditional statement (<c>Hired &lt; Openings</c>) in the referral's transaction, so hiring never exceeds the
/// openings across app nodes; the last opening filled makes the posting 已招满.
/// </summary>
public sealed class ChangeReferralStatus(AppDbContext db, DataScope scope, CurrentUser current, IOptions<TrainingOptions> options, TimeProvider time)
{
    public static bool Allowed(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.Recommended, ReferralStatus.Interviewing or ReferralStatus.Rejected or ReferralStatus.Declined) => true,
        (ReferralStatus.Interviewing, ReferralStatus.Hired or ReferralStatus.Rejected or ReferralStatus.Declined) => true,
        _ => false,
    };

    public async Task<Outcome<ReferralView>> HandleAsync(int id, ReferralStatusInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var referral = await db.JobReferrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null || !await scope.CoversUnionAsync(referral.UnionId, ct))
        {
            return TrainingProblems.ReferralNotFound;
        }
        if (input.Status is not { } to || !Enum.IsDefined(to))
        {
            return CommonProblems.Field("status", "请选择推荐状态");
        }
        return await MoveAsync(referral, to, input.Note, ct);
    }

    /// <summary>The worker declines its own referral (本人放弃); another worker's answers 404.</summary>
    public async Task<Outcome<ReferralView>> DeclineAsync(int id, CancellationToken ct)
    {
        var userId = current.UserId;
        var referral = await db.JobReferrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.UserId == userId, ct);
        return referral is null ? TrainingProblems.ReferralNotFound : await MoveAsync(referral, ReferralStatus.Declined, null, ct);
    }

    private async Task<Outcome<ReferralView>> MoveAsync(JobReferral referral, ReferralStatus to, string? note, CancellationToken ct)
    {
        var from = referral.Status;
        if (!Allowed(from, to))
        {
            return TrainingProblems.TransitionNotAllowed.WithDetail($"不能从“{EnumTextOf(from)}”改为“{EnumTextOf(to)}”");
        }
        var now = time.GetUtcNow();
        var actor = current.UserId ?? Guid.Empty;
        var byName = await db.Users.Where(u => u.Id == actor).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        async Task StepAsync(CancellationToken token)
        {
            db.JobReferralSteps.Add(new JobReferralStep { ReferralId = referral.Id, Status = to, At = now, ByUserId = actor, ByName = byName, Note = note?.Trim() });
            await db.SaveChangesAsync(token);
        }
        var unguarded = options.Value.UnguardedForTests;
        var moved = await (unguarded ? UnguardedAsync(referral, to, StepAsync, ct) : db.InTransactionAsync<Done>(async token =>
        {
            // Conditional on the status read, so a concurrent change of the same referral loses cleanly.
            var changed = await db.JobReferrals.Where(r => r.Id == referral.Id && r.Status == from)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, to).SetProperty(x => x.UpdatedAt, now), token);
            if (changed != 1)
            {
                return TrainingProblems.TransitionNotAllowed.WithDetail("推荐状态已被他人修改，请刷新后重试");
            }
            if (to == ReferralStatus.Hired)
            {
                var taken = await db.JobPostings.Where(p => p.Id == referral.PostingId && p.Status == JobStatus.Open && p.Hired < p.Openings)
                    .ExecuteUpdateAsync(p => p.SetProperty(x => x.Hired, x => x.Hired + 1).SetProperty(x => x.UpdatedAt, now), token);
                if (taken != 1)
                {
                    return TrainingProblems.OpeningsFilled;
                }
                await db.JobPostings.Where(p => p.Id == referral.PostingId && p.Hired >= p.Openings)
                    .ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, JobStatus.Filled), token);
            }
            await StepAsync(token);
            return Done.Value;
        }, ct));
        if (!moved.Succeeded)
        {
            return moved.Problem;
        }
        return await ReferralQueries.ViewAsync(db, referral.Id, ct) is { } view ? view : TrainingProblems.ReferralNotFound;
    }

    private static string EnumTextOf(ReferralStatus status) => Infrastructure.Text.EnumText.Chinese(status);

    /// <summary>The control for the concurrency test: read the hired count, check it in memory, write it back.</summary>
    private async Task<Outcome<Done>> UnguardedAsync(JobReferral referral, ReferralStatus to, Func<CancellationToken, Task> step, CancellationToken ct)
    {
        if (to == ReferralStatus.Hired)
        {
            var posting = await db.JobPostings.AsNoTracking().Where(p => p.Id == referral.PostingId).Select(p => new { p.Hired, p.Openings }).SingleAsync(ct);
            if (posting.Hired >= posting.Openings)
            {
                return TrainingProblems.OpeningsFilled;
            }
            await Task.Delay(5, ct);
            await db.JobPostings.Where(p => p.Id == referral.PostingId).ExecuteUpdateAsync(p => p.SetProperty(x => x.Hired, posting.Hired + 1), ct);
        }
        await db.JobReferrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, to), ct);
        await step(ct);
        return Done.Value;
    }
}
