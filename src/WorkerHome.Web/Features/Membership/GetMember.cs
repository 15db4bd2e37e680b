using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Membership;

/// <summary>A member and its 会籍记录 for staff of its current union; reads logged, out-of-scope attempts logged as denied.</summary>
public sealed class GetMember(AppDbContext db, MembershipAccess access)
{
    public async Task<Outcome<MemberDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null
            || !await access.AllowAsync(nameof(Member), id, member.MemberNumber, member.UnionId, MembershipProblems.MemberNotFound.Code, ct))
        {
            return MembershipProblems.MemberNotFound;
        }
        await access.ViewedAsync(nameof(Member), id, member.MemberNumber, member.UnionId, ct);
        var unionName = await db.Unions.Where(u => u.Id == member.UnionId).Select(u => u.Name).FirstAsync(ct);
        return new MemberDetail(ListMembers.Item(member, unionName), member.Employer, await MembershipRecords.OfAsync(db, member, ct));
    }
}
