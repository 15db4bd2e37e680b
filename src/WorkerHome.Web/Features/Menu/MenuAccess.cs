using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>
/// Loads what a staff use case acts on, tracked for the operation log: 404 when it does not exist, 403 when its
/// union lies outside the caller's subtree.
/// </summary>
public sealed class MenuAccess(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<ServiceMenu>> MenuAsync(int menuId, CancellationToken ct)
    {
        var menu = await db.Menus.FirstOrDefaultAsync(m => m.Id == menuId, ct);
        if (menu is null)
        {
            return MenuProblems.MenuNotFound;
        }
        return await scope.CoversUnionAsync(menu.UnionId, ct) ? menu : MenuProblems.MenuOutOfScope;
    }

    /// <summary>An item together with its menu; an item of another menu is not found.</summary>
    public async Task<Outcome<(ServiceMenu Menu, MenuItem Item)>> ItemAsync(int menuId, int itemId, CancellationToken ct)
    {
        var menu = await MenuAsync(menuId, ct);
        if (!menu.Succeeded)
        {
            return menu.Problem;
        }
        var item = await db.MenuItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MenuId == menuId, ct);
        return item is null ? MenuProblems.ItemNotFound : (menu.Value, item);
    }
}
