using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Features.Membership;

/// <summary>Anyone checks a member card by its verification code (the QR's target): 有效会员 with the union and a masked name, or 无效.</summary>
public sealed class VerifyMember(AppDbContext db)
{
    public async Task<MemberCheck> HandleAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
        {
            return Invalid;
        }
        var member = await db.Members.AsNoTracking().Where(m => m.VerificationCode == code)
            .Select(m => new { m.RealName, m.MemberNumber, UnionName = db.Unions.Where(u => u.Id == m.UnionId).Select(u => u.Name).First() })
            .FirstOrDefaultAsync(ct);
        return member is null ? Invalid : new MemberCheck(true, "有效会员", Masking.Name(member.RealName), member.UnionName, member.MemberNumber);
    }

    private static readonly MemberCheck Invalid = new(false, "无效", "", "", "");
}
