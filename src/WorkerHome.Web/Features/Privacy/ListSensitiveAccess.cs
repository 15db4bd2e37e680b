using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Privacy;

/// <summary>One full view of sensitive data, as the access log lists it.</summary>
/// <param name="Id">The entry.</param>
/// <param name="At">When (Beijing time, "2026-12-02 10:05").</param>
/// <param name="UserName">Who.</param>
/// <param name="EntityType">Which kind of record.</param>
/// <param name="EntityId">Which record.</param>
/// <param name="Field">Which datum.</param>
/// <param name="Label">Whose (masked).</param>
/// <param name="Reason">The stated reason.</param>
/// <param name="Hash">The entry's chain hash (first 12 characters).</param>
public sealed record SensitiveAccessItem(long Id, string At, string UserName, string EntityType, string EntityId, string Field, string Label,
    string Reason, string Hash);

/// <summary>Filters for the access log.</summary>
public sealed record SensitiveAccessSearch(string? EntityType = null, string? EntityId = null, string? UserName = null, int Page = 1, int PageSize = 50);

/// <summary>The access log of the user's union subtree, newest first.</summary>
public sealed class ListSensitiveAccess(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<SensitiveAccessItem>>> HandleAsync(SensitiveAccessSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } bad)
        {
            return bad;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var unions = access.UnionIds(db);
        var query = db.SensitiveAccessLog.AsNoTracking().Where(e => e.UnionId != null && unions.Contains(e.UnionId.Value));
        if (!string.IsNullOrWhiteSpace(search.EntityType))
        {
            query = query.Where(e => e.EntityType == search.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(search.EntityId))
        {
            query = query.Where(e => e.EntityId == search.EntityId);
        }
        if (!string.IsNullOrWhiteSpace(search.UserName))
        {
            query = query.Where(e => e.UserName == search.UserName);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.Id).Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToListAsync(ct);
        return new PagedList<SensitiveAccessItem>(
            rows.Select(e => new SensitiveAccessItem(e.Id, ChinaTime.FormatStamp(e.At), e.UserName, e.EntityType, e.EntityId, e.Field, e.Label, e.Reason,
                e.Hash[..12])).ToList(),
            total, search.Page, search.PageSize);
    }
}
