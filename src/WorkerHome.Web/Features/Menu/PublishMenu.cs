using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>What publishing did.</summary>
/// <param name="Id">Menu id.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="NeedsOnMenu">Needs that moved to 已上菜单.</param>
/// <param name="WorkersNotified">Distinct workers told that their needs are answered.</param>
/// <param name="Notifications">Messages written (one per worker and item).</param>
public sealed record PublishedMenu(int Id, DateTimeOffset PublishedAt, int NeedsOnMenu, int WorkersNotified, int Notifications);

/// <summary>
/// Staff publish a draft menu (亮单), once: workers see its items, the needs they answer move to 已上菜单 and
/// their authors and "me too" givers are told, all in one transaction.
/// </summary>
public sealed class PublishMenu(AppDbContext db, MenuAccess access, MenuAnnouncer announcer, TimeProvider time)
{
    public async Task<Outcome<PublishedMenu>> HandleAsync(int id, CancellationToken ct)
    {
        var found = await access.MenuAsync(id, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        if (found.Value.Status != MenuStatus.Draft)
        {
            return MenuProblems.NotDraft;
        }
        db.ChangeTracker.Clear();
        return await db.InTransactionAsync<PublishedMenu>(async token =>
        {
            // Lock the menu's row before checking it is still a draft: of two publishes at once, the second waits
            // here, then finds it published, so workers are told once.
            var locked = await db.Menus.Where(m => m.Id == id && m.Status == MenuStatus.Draft)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MenuStatus.Draft), token);
            if (locked == 0)
            {
                return MenuProblems.NotDraft;
            }
            var menu = await db.Menus.FirstAsync(m => m.Id == id, token);
            var itemIds = await db.MenuItems.Where(i => i.MenuId == id).Select(i => i.Id).ToListAsync(token);
            if (itemIds.Count == 0)
            {
                return MenuProblems.Empty;
            }
            menu.Status = MenuStatus.Published;
            menu.PublishedAt = time.GetUtcNow();
            var announcement = await announcer.AnnounceAsync(menu.Title, itemIds, token);
            await db.SaveChangesAsync(token);
            return new PublishedMenu(id, menu.PublishedAt.Value, announcement.NeedsOnMenu, announcement.WorkersNotified, announcement.Notifications);
        }, ct);
    }
}
