using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>
/// Staff remove an item while no worker has ever ordered it (orders are the workers' record; an item with orders
/// is kept and its menu closed instead). Its sessions go with it. On a published menu, needs it alone put on a
/// menu go back to 已归类 (or 已提交 when ungrouped), so their authors do not see a promise that no longer stands.
/// </summary>
public sealed class RemoveMenuItem(AppDbContext db, MenuAccess access)
{
    public async Task<Outcome<Done>> HandleAsync(int menuId, int itemId, CancellationToken ct)
    {
        var found = await access.ItemAsync(menuId, itemId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var (menu, item) = found.Value;
        if (menu.Status == MenuStatus.Closed)
        {
            return MenuProblems.Closed;
        }
        try
        {
            return await RemoveAsync(menu, item, ct);
        }
        catch (DbUpdateException)
        {
            // An order placed between the check and the delete makes the foreign key refuse the delete.
            db.ChangeTracker.Clear();
            if (await db.Orders.AnyAsync(o => o.MenuItemId == itemId, ct))
            {
                return MenuProblems.ItemHasOrders;
            }
            throw;
        }
    }

    private Task<Outcome<Done>> RemoveAsync(ServiceMenu menu, MenuItem item, CancellationToken ct) =>
        db.InTransactionAsync<Done>(async token =>
        {
            var itemId = item.Id;
            if (await db.Orders.AnyAsync(o => o.MenuItemId == itemId, token))
            {
                return MenuProblems.ItemHasOrders;
            }
            if (menu.Status == MenuStatus.Published)
            {
                var stillOnMenu = db.MenuItemNeeds.Where(l => l.MenuItemId != itemId
                    && db.MenuItems.Any(i => i.Id == l.MenuItemId && db.Menus.Any(m => m.Id == i.MenuId && m.Status == MenuStatus.Published)));
                await db.Needs
                    .Where(n => n.Status == NeedStatus.OnMenu
                        && db.MenuItemNeeds.Any(l => l.MenuItemId == itemId && l.NeedId == n.Id)
                        && !stillOnMenu.Any(l => l.NeedId == n.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, n => n.GroupId != null ? NeedStatus.Grouped : NeedStatus.Submitted), token);
            }
            db.Sessions.RemoveRange(await db.Sessions.Where(s => s.MenuItemId == itemId).ToListAsync(token));
            db.MenuItems.Remove(item);
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
}
