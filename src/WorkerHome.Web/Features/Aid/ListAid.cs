using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Aid;

/// <summary>The staff list's filter.</summary>
public sealed record AidSearch
{
    public AidStatus? Status { get; init; }

    /// <summary>Applications under review at this level.</summary>
    public AidLevel? Level { get; init; }

    /// <summary>Only paid applications whose yearly re-check is due.</summary>
    public bool? RecheckDue { get; init; }

    /// <summary>Part of the applicant's name.</summary>
    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

/// <summary>Applications of unions in the staff member's scope, newest first; ID numbers and phones masked, no income or health.</summary>
public sealed class ListAid(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<AidItem>>> HandleAsync(AidSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (page, size) = (search.Page ?? 1, search.PageSize ?? 20);
        if (Paging.Check(page, size) is { } bad)
        {
            return bad;
        }
        var access = await scope.GetAsync(ct);
        var today = time.LocalToday();
        var unions = await access.UnionIdListAsync(db, ct);
        var query = db.AidApplications.AsNoTracking().Where(a => unions.Contains(a.UnionId));
        if (search.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (search.Level is { } level)
        {
            query = query.Where(a => a.Status == AidStatus.Reviewing && a.Level == level);
        }
        if (search.RecheckDue == true)
        {
            query = query.Where(a => a.Status == AidStatus.Paid && a.RecheckDueOn != null && a.RecheckDueOn <= today);
        }
        if (search.Q?.Trim() is { Length: > 0 } q)
        {
            query = query.Where(a => a.RealName.Contains(q));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(a => a.Status).ThenByDescending(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(a => new { a, UnionName = db.Unions.Where(u => u.Id == a.UnionId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return new PagedList<AidItem>(rows.Select(r => AidProjection.Item(r.a, r.UnionName, today)).ToList(), total, page, size);
    }
}
