using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Attendance;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Membership;

/// <summary>The worker's own membership: the latest application (status, deadline, reject reason) and, once a member, the card and its history.</summary>
public sealed class GetMyMembership(AppDbContext db, CurrentUser current)
{
    public async Task<Outcome<MyMembership>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var application = await db.MembershipApplications.AsNoTracking().Where(a => a.UserId == userId)
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .Select(a => new { a, UnionName = db.Unions.Where(u => u.Id == a.UnionId).Select(u => u.Name).First() })
            .FirstOrDefaultAsync(ct);
        var mine = application is null
            ? null
            : new MyApplication(application.a.Id, application.UnionName, application.a.WorkKind.Chinese(), application.a.Employer, application.a.IdMasked,
                application.a.Status, application.a.Status.Chinese(), application.a.SubmittedAt, application.a.DueOn, application.a.RejectReason);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, ct);
        if (member is null)
        {
            return new MyMembership(mine, null, []);
        }
        var unionName = await db.Unions.Where(u => u.Id == member.UnionId).Select(u => u.Name).FirstAsync(ct);
        var card = new MemberCard(member.Id, member.RealName, member.IdMasked, unionName, member.MemberNumber, member.JoinedAt,
            MemberCard.VerifyPathOf(member.VerificationCode));
        return new MyMembership(mine, card, await MembershipRecords.OfAsync(db, member, ct));
    }

    /// <summary>The QR image of the card's verification address; 404 for a worker who is not a member.</summary>
    public async Task<Outcome<byte[]>> QrAsync(string origin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var userId = current.UserId;
        var code = await db.Members.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.VerificationCode).FirstOrDefaultAsync(ct);
        return code is null ? MembershipProblems.MemberNotFound : GetCheckInCode.Png(origin.TrimEnd('/') + MemberCard.VerifyPathOf(code));
    }
}
