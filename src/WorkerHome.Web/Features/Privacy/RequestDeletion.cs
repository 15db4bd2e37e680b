using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Privacy;

/// <summary>What happened to a deletion request.</summary>
/// <param name="Status">已删除, or 待案件办结后删除.</param>
/// <param name="StatusName">In Chinese.</param>
/// <param name="Erased">What was erased.</param>
/// <param name="Kept">What is kept, each with its reason.</param>
/// <param name="RequestId">The request's record.</param>
public sealed record DeletionOutcome(DeletionStatus Status, string StatusName, IReadOnlyList<string> Erased, IReadOnlyList<string> Kept, int RequestId);

/// <summary>
/// A worker asks to delete its personal data (删除个人信息并注销账号). Live commitments (upcoming orders and bookings, books
/// not returned, a pending membership application) must be ended first: they are listed. An open rights case or an aid
/// application under review or on notice keeps the data it needs, so the request waits for it and
/// <see cref="CompleteDeferredDeletions"/> completes it once they are done. Otherwise the account is closed and its contact details, notes and
/// free texts are erased at once; records kept for the union's own duty are listed with the reason.
/// </summary>
public sealed class RequestDeletion(AppDbContext db, AccountErasure erasure, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<DeletionOutcome>> HandleAsync(CancellationToken ct)
    {
        if (user.UserId is not { } me)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        // Under the person's lock, so the deletion pass on another node never works on the same person at once.
        return await db.InTransactionAsync<DeletionOutcome>(async token =>
        {
            await PersonLocks.LockAsync(db, PersonLock.Deletion, me, token);
            var live = await erasure.LiveCommitmentsAsync(me, now, token);
            if (live.Count > 0)
            {
                return PrivacyProblems.LiveCommitments with { Detail = "请先取消或结束：" + string.Join("；", live) };
            }
            var waiting = await erasure.WaitingForAsync(me, token);
            if (waiting.Count > 0)
            {
                var deferred = new DeletionRequest { UserId = me, RequestedAt = now, Status = DeletionStatus.Deferred, Kept = string.Join("\n", waiting) };
                db.DeletionRequests.Add(deferred);
                await db.SaveChangesAsync(token);
                return new DeletionOutcome(deferred.Status, deferred.Status.Chinese(), [], waiting, deferred.Id);
            }
            var done = await erasure.EraseAsync(me, now, token);
            var request = new DeletionRequest
            {
                UserId = me, RequestedAt = now, Status = DeletionStatus.Completed, CompletedAt = now,
                Erased = string.Join("\n", done.Erased), Kept = string.Join("\n", done.Kept),
            };
            db.DeletionRequests.Add(request);
            await db.SaveChangesAsync(token);
            return new DeletionOutcome(request.Status, request.Status.Chinese(), done.Erased, done.Kept, request.Id);
        }, ct);
    }
}
