using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>
/// Staff end a published menu: workers no longer find it in the menu and can no longer register interest. Sessions
/// already scheduled keep their orders; the menu stays readable as history.
/// </summary>
public sealed class CloseMenu(AppDbContext db, MenuAccess access, GetManagedMenu get)
{
    public async Task<Outcome<ManagedMenu>> HandleAsync(int id, CancellationToken ct)
    {
        var found = await access.MenuAsync(id, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var menu = found.Value;
        switch (menu.Status)
        {
            case MenuStatus.Closed:
                return MenuProblems.Closed;
            case MenuStatus.Draft:
                return MenuProblems.NotPublished;
        }
        menu.Status = MenuStatus.Closed;
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(id, ct);
    }
}
