using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Membership;

/// <summary>The members list's filter.</summary>
public sealed record MemberSearch
{
    /// <summary>Part of the name or of the member number.</summary>
    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

/// <summary>Members of the unions in the staff member's scope (by their union now); ID numbers and phones masked.</summary>
public sealed class ListMembers(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<MemberItem>>> HandleAsync(MemberSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (page, size) = (search.Page ?? 1, search.PageSize ?? 20);
        if (Paging.Check(page, size) is { } bad)
        {
            return bad;
        }
        var access = await scope.GetAsync(ct);
        var query = db.Members.AsNoTracking().Where(m => access.UnionIds(db).Contains(m.UnionId));
        if (search.Q?.Trim() is { Length: > 0 } q)
        {
            query = query.Where(m => m.RealName.Contains(q) || m.MemberNumber.Contains(q));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(m => m.JoinedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(m => new { m, UnionName = db.Unions.Where(u => u.Id == m.UnionId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return new PagedList<MemberItem>(rows.Select(r => Item(r.m, r.UnionName)).ToList(), total, page, size);
    }

    public static MemberItem Item(Member m, string unionName)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.MemberNumber, m.RealName, m.IdMasked, m.PhoneMasked, m.WorkKind.Chinese(), m.UnionId, unionName, m.JoinedAt);
    }
}
