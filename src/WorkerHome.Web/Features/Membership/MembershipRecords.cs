using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Membership;

/// <summary>会籍记录: the joining, then each transfer, oldest first.</summary>
public static class MembershipRecords
{
    public static async Task<IReadOnlyList<MembershipRecord>> OfAsync(AppDbContext db, Member member, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(member);
        var transfers = await db.MemberTransfers.AsNoTracking().Where(t => t.MemberId == member.Id).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct);
        var firstUnion = transfers.Count > 0
            ? transfers[0].FromUnionName
            : await db.Unions.Where(u => u.Id == member.UnionId).Select(u => u.Name).FirstAsync(ct);
        var records = new List<MembershipRecord> { new(member.JoinedAt, "入会", "", firstUnion, null) };
        records.AddRange(transfers.Select(t => new MembershipRecord(t.At, "转会", t.FromUnionName, t.ToUnionName, t.Reason)));
        return records;
    }
}
