using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Account;

/// <summary>A role grant as the user list shows it.</summary>
/// <param name="Id">Grant id (for revoking).</param>
/// <param name="Role">Role code.</param>
/// <param name="RoleName">Role in Chinese.</param>
/// <param name="UnionId">The union node it covers.</param>
/// <param name="UnionName">That union's name.</param>
public sealed record GrantItem(int Id, Role Role, string RoleName, int? UnionId, string? UnionName);

/// <summary>A user in the staff list; the phone is masked.</summary>
/// <param name="Id">User id.</param>
/// <param name="UserName">Account name.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Phone">Masked phone, e.g. 138****5678.</param>
/// <param name="HomeUnionId">The union the person belongs to.</param>
/// <param name="HomeUnionName">Its name.</param>
/// <param name="IsLocked">Whether sign-in is blocked.</param>
/// <param name="InScope">Whether the current staff member manages this user.</param>
/// <param name="Grants">Roles held.</param>
public sealed record UserItem(Guid Id, string UserName, string DisplayName, string Phone, int? HomeUnionId, string? HomeUnionName,
    bool IsLocked, bool InScope, IReadOnlyList<GrantItem> Grants);

/// <summary>A page of users.</summary>
/// <param name="Items">The users on this page.</param>
/// <param name="Total">All matching users.</param>
public sealed record UserPage(IReadOnlyList<UserItem> Items, int Total);

/// <summary>
/// Users a staff member manages: those whose home union or any grant lies in the staff member's subtree.
/// An exact account name or phone number also finds a user outside it (to grant a role), marked so.
/// </summary>
public sealed class ListUsers(AppDbContext db, DataScope scope, UserLookup lookup, TimeProvider time)
{
    public async Task<UserPage> HandleAsync(string? search, int page, int pageSize, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var unionIds = access.UnionIds(db);
        var inScope = db.Users.Where(u => (u.HomeUnionId != null && unionIds.Contains(u.HomeUnionId.Value))
            || u.Grants.Any(g => g.UnionId != null && unionIds.Contains(g.UnionId.Value)));
        if (access.IsSystemAdmin)
        {
            inScope = db.Users;
        }

        var query = inScope;
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var phoneLookup = PhoneNumbers.TryNormalize(term, out var phone) ? lookup.PhoneLookupOf(phone) : null;
            var exact = await db.Users.Where(u => u.UserName == term || (phoneLookup != null && u.PhoneLookup == phoneLookup))
                .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            query = exact is { } id
                ? db.Users.Where(u => u.Id == id)
                : inScope.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        var total = await query.CountAsync(ct);
        var now = time.GetUtcNow();
        var rows = await query.OrderBy(u => u.UserName)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.PhoneMasked,
                u.HomeUnionId,
                HomeUnionName = db.Unions.Where(x => x.Id == u.HomeUnionId).Select(x => x.Name).FirstOrDefault(),
                u.LockoutEnd,
                InScope = access.IsSystemAdmin || inScope.Any(s => s.Id == u.Id),
                Grants = u.Grants.OrderBy(g => g.Role).Select(g => new
                {
                    g.Id,
                    g.Role,
                    g.UnionId,
                    UnionName = db.Unions.Where(x => x.Id == g.UnionId).Select(x => x.Name).FirstOrDefault(),
                }).ToList(),
            })
            .ToListAsync(ct);

        var items = rows.Select(u => new UserItem(u.Id, u.UserName!, u.DisplayName, u.PhoneMasked ?? "", u.HomeUnionId, u.HomeUnionName,
            u.LockoutEnd is { } end && end > now, u.InScope,
            u.Grants.Select(g => new GrantItem(g.Id, g.Role, g.Role.Chinese(), g.UnionId, g.UnionName)).ToList())).ToList();
        return new UserPage(items, total);
    }
}
