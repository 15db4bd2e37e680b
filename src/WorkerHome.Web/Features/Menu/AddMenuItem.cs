using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>
/// Staff add an item to a draft or published menu, from scratch or from a need group of the menu's union subtree:
/// then the title and category default to the group's and every approved need of the group is linked. On a menu
/// already published the item is announced at once, as publishing would have done.
/// </summary>
public sealed class AddMenuItem(AppDbContext db, MenuAccess access, MenuAnnouncer announcer, GetManagedMenu get, TimeProvider time)
{
    public async Task<Outcome<ManagedMenuItem>> HandleAsync(int menuId, MenuItemInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await access.MenuAsync(menuId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var menu = found.Value;
        if (menu.Status == MenuStatus.Closed)
        {
            return MenuProblems.Closed;
        }
        if (input.Check(fromGroup: input.FromGroupId is not null) is { } invalid)
        {
            return invalid;
        }
        NeedGroup? group = null;
        if (input.FromGroupId is { } groupId)
        {
            var loaded = await GroupAsync(groupId, menu.UnionId, ct);
            if (!loaded.Succeeded)
            {
                return loaded.Problem;
            }
            group = loaded.Value;
        }

        var item = new MenuItem
        {
            MenuId = menu.Id,
            UnionId = menu.UnionId,
            Title = group?.Title ?? "",
            Category = group?.Category ?? default,
            GroupId = group?.Id,
            CreatedAt = time.GetUtcNow(),
        };
        input.ApplyTo(item);
        return await db.InTransactionAsync<ManagedMenuItem>(async token =>
        {
            db.MenuItems.Add(item);
            await db.SaveChangesAsync(token);
            if (group is not null)
            {
                var needIds = await db.Needs
                    .Where(n => n.GroupId == group.Id && n.Moderation == ModerationStatus.Approved)
                    .Select(n => n.Id)
                    .ToListAsync(token);
                db.MenuItemNeeds.AddRange(needIds.Select(needId => new MenuItemNeed { MenuItemId = item.Id, NeedId = needId }));
                await db.SaveChangesAsync(token);
            }
            if (menu.Status == MenuStatus.Published)
            {
                await announcer.AnnounceAsync(menu.Title, [item.Id], token);
                await db.SaveChangesAsync(token);
            }
            return await get.ItemAsync(item.Id, token);
        }, ct);
    }

    private async Task<Outcome<NeedGroup>> GroupAsync(int groupId, int menuUnionId, CancellationToken ct)
    {
        var row = await db.NeedGroups.AsNoTracking()
            .Where(g => g.Id == groupId)
            .Select(g => new
            {
                Group = g,
                GroupPath = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Path).First(),
                MenuPath = db.Unions.Where(u => u.Id == menuUnionId).Select(u => u.Path).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return MenuProblems.GroupNotFound;
        }
        if (!row.GroupPath.StartsWith(row.MenuPath, StringComparison.Ordinal))
        {
            return MenuProblems.GroupOutOfScope;
        }
        if (row.Group.MergedIntoId is { } into)
        {
            return MenuProblems.GroupMerged.WithDetail($"请改用它并入的需求组（编号 {into}）");
        }
        return row.Group;
    }
}
