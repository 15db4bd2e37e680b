using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Membership;

/// <summary>Where a member moves, and why.</summary>
public sealed class TransferInput
{
    /// <summary>The receiving union (any union; it need not be in the staff member's scope).</summary>
    public int ToUnionId { get; set; }

    /// <summary>2 to 200 characters.</summary>
    public string? Reason { get; set; }
}

/// <summary>
/// Staff of the member's current union move it to another union (转会). The member keeps its number; the move is one
/// conditional statement on the current union, so two transfers at once cannot both apply, and a history row is kept.
/// From then on the member belongs to the receiving union's scope.
/// </summary>
public sealed class TransferMember(
    AppDbContext db, CurrentUser current, MembershipAccess access, OperationLogWriter log, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<MemberDetail>> HandleAsync(int id, TransferInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        AppProblem? problem = null;
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 200)
        {
            problem = CommonProblems.Field("reason", "请填写转会原因（2–200个字）");
        }
        var to = await db.Unions.AsNoTracking().Where(u => u.Id == input.ToUnionId).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct);
        if (to is null)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("toUnionId", "请选择转入的工会");
        }
        if (problem is not null)
        {
            return problem;
        }
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null
            || !await access.AllowAsync(nameof(Member), id, member.MemberNumber, member.UnionId, MembershipProblems.MemberNotFound.Code, ct))
        {
            return MembershipProblems.MemberNotFound;
        }
        if (member.UnionId == to!.Id)
        {
            return MembershipProblems.SameUnion;
        }
        var from = await db.Unions.Where(u => u.Id == member.UnionId).Select(u => u.Name).FirstAsync(ct);
        var byName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(ct);
        var now = time.GetUtcNow();
        var moved = await db.InTransactionAsync<int>(async token =>
        {
            var changed = await db.Members.Where(m => m.Id == id && m.UnionId == member.UnionId)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.UnionId, to.Id), token);
            if (changed != 1)
            {
                return MembershipProblems.MemberMoved;
            }
            db.MemberTransfers.Add(new MemberTransfer
            {
                MemberId = id, FromUnionId = member.UnionId, ToUnionId = to.Id, FromUnionName = from, ToUnionName = to.Name,
                At = now, ByUserId = userId, ByName = byName, Reason = reason,
            });
            log.Add(OperationKind.Updated, nameof(Member), id.ToString(CultureInfo.InvariantCulture), member.MemberNumber, member.UnionId,
                new { UnionId = member.UnionId, Union = from }, new { UnionId = to.Id, Union = to.Name, Reason = reason });
            notifier.Notify([member.UserId], "会员关系已转接", $"您的会员关系已由{from}转入{to.Name}，会员编号不变。", "/me/membership");
            await db.SaveChangesAsync(token);
            return id;
        }, ct);
        if (!moved.Succeeded)
        {
            return moved.Problem;
        }
        // The member now belongs to the receiving union; the sender sees the result without it being in scope.
        var unionName = to.Name;
        var after = await db.Members.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        return new MemberDetail(ListMembers.Item(after, unionName), after.Employer, await MembershipRecords.OfAsync(db, after, ct));
    }
}
