using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Audit;

/// <summary>One entry of the operation log.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="At">When (UTC).</param>
/// <param name="UserName">Who.</param>
/// <param name="Kind">Created, Updated, Deleted, Viewed or Denied.</param>
/// <param name="EntityType">What kind of record.</param>
/// <param name="EntityId">Its id.</param>
/// <param name="Label">Its name at the time.</param>
/// <param name="Before">State before (JSON), null for a creation.</param>
/// <param name="After">State after (JSON), null for a deletion.</param>
/// <param name="IpAddress">Where from.</param>
public sealed record OperationLogItem(long Id, DateTimeOffset At, string UserName, OperationKind Kind, string EntityType, string? EntityId,
    string Label, string? Before, string? After, string? IpAddress);

/// <summary>
/// The operation log of the caller's subtree, newest first. Entries not tied to a union (dictionaries) are
/// visible to administrators only.
/// </summary>
public sealed class SearchOperationLog(AppDbContext db, DataScope scope)
{
    public async Task<PagedList<OperationLogItem>> HandleAsync(string? entityType, string? entityId, string? user, int page, int pageSize, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var query = db.OperationLogs.AsNoTracking();
        if (!access.IsSystemAdmin)
        {
            var unionIds = access.UnionIds(db);
            query = query.Where(l => l.UnionId != null && unionIds.Contains(l.UnionId.Value));
        }
        if (!string.IsNullOrEmpty(entityType))
        {
            query = query.Where(l => l.EntityType == entityType);
        }
        if (!string.IsNullOrEmpty(entityId))
        {
            query = query.Where(l => l.EntityId == entityId);
        }
        if (!string.IsNullOrEmpty(user))
        {
            query = query.Where(l => l.UserName == user);
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(l => l.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(l => new OperationLogItem(l.Id, l.At, l.UserName, l.Kind, l.EntityType, l.EntityId, l.Label, l.Before, l.After, l.IpAddress))
            .ToListAsync(ct);
        return new PagedList<OperationLogItem>(items, total, page, pageSize);
    }
}
