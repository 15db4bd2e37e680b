using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sessions;

/// <summary>Sessions of the staff member's subtree, filtered by item and period, soonest first.</summary>
public sealed class ListSessions(AppDbContext db, DataScope scope, SessionViews views)
{
    public async Task<PagedList<SessionView>> HandleAsync(int? menuItemId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var unionIds = access.UnionIds(db);
        var query = db.Sessions.AsNoTracking().Where(s => unionIds.Contains(s.UnionId));
        if (menuItemId is { } item)
        {
            query = query.Where(s => s.MenuItemId == item);
        }
        if (from is { } start)
        {
            query = query.Where(s => s.StartsAt >= start);
        }
        if (to is { } end)
        {
            query = query.Where(s => s.StartsAt < end);
        }
        var total = await query.CountAsync(ct);
        var items = await views.ProjectAsync(query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip((page - 1) * pageSize).Take(pageSize), null, ct);
        return new PagedList<SessionView>(items, total, page, pageSize);
    }
}
