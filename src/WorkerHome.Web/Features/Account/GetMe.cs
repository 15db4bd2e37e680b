using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Account;

/// <summary>The signed-in person's own account. The phone is shown in full: it is their own.</summary>
/// <param name="Id">User id.</param>
/// <param name="UserName">Account name.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Phone">The user's own phone number, unmasked.</param>
/// <param name="HomeUnionName">The union the person belongs to.</param>
/// <param name="Grants">Roles held.</param>
/// <param name="IsStaff">Whether the staff console is open to them.</param>
public sealed record MeResponse(Guid Id, string UserName, string DisplayName, string? Phone, string? HomeUnionName,
    IReadOnlyList<GrantItem> Grants, bool IsStaff);

public sealed class GetMe(AppDbContext db, CurrentUser current, DataScope scope, PersonalDataProtector protector)
{
    public async Task<Outcome<MeResponse>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } id)
        {
            return CommonProblems.Unauthenticated;
        }
        var me = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.PhoneCipher,
                HomeUnionName = db.Unions.Where(x => x.Id == u.HomeUnionId).Select(x => x.Name).FirstOrDefault(),
                Grants = u.Grants.OrderBy(g => g.Role).Select(g => new
                {
                    g.Id,
                    g.Role,
                    g.UnionId,
                    UnionName = db.Unions.Where(x => x.Id == g.UnionId).Select(x => x.Name).FirstOrDefault(),
                }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (me is null)
        {
            return CommonProblems.Unauthenticated;
        }
        var access = await scope.GetAsync(ct);
        return new MeResponse(me.Id, me.UserName!, me.DisplayName,
            me.PhoneCipher is null ? null : protector.Decrypt(me.PhoneCipher),
            me.HomeUnionName,
            me.Grants.Select(g => new GrantItem(g.Id, g.Role, g.Role.Chinese(), g.UnionId, g.UnionName)).ToList(),
            access.IsStaff);
    }
}
