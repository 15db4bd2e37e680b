using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Menu;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sessions;

/// <summary>A session and its seats. Anyone sees sessions of published menus; staff also those of their drafts.</summary>
public sealed class GetSession(AppDbContext db, DataScope scope, CurrentUser current, SessionViews views)
{
    public async Task<Outcome<SessionView>> HandleAsync(int id, CancellationToken ct)
    {
        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.UnionId,
                Published = db.MenuItems.Where(i => i.Id == s.MenuItemId)
                    .Select(i => db.Menus.Where(m => m.Id == i.MenuId).Select(m => m.Status).First()).First() != MenuStatus.Draft,
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || (!found.Published && !await scope.CoversUnionAsync(found.UnionId, ct)))
        {
            return SessionsProblems.NotFound;
        }
        return (await views.ProjectAsync(db.Sessions.Where(s => s.Id == id), current.UserId, ct))[0];
    }
}
