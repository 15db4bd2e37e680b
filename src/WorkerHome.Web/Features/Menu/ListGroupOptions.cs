using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Menu;

/// <summary>A need group staff may build an item from.</summary>
/// <param name="Id">Group id.</param>
/// <param name="Title">Group title (the item's default title).</param>
/// <param name="Category">Need category (the item's default category).</param>
/// <param name="CategoryName">Category in Chinese.</param>
/// <param name="UnionName">The union the needs are addressed to.</param>
/// <param name="NeedCount">Approved needs in the group.</param>
/// <param name="Heat">Distinct people behind it: authors and "me too" givers.</param>
/// <param name="OnThisMenu">Whether an item of this menu already answers it.</param>
public sealed record GroupOption(int Id, string Title, NeedCategory Category, string CategoryName, string UnionName, int NeedCount, int Heat, bool OnThisMenu);

/// <summary>
/// The need groups of a menu's union subtree that have approved needs, hottest first: the picker staff choose from
/// when they add an item from a group (梳理需求 → 亮单).
/// </summary>
public sealed class ListGroupOptions(AppDbContext db, MenuAccess access)
{
    public async Task<Outcome<IReadOnlyList<GroupOption>>> HandleAsync(int menuId, CancellationToken ct)
    {
        var found = await access.MenuAsync(menuId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var menu = found.Value;
        var menuPath = await db.Unions.Where(u => u.Id == menu.UnionId).Select(u => u.Path).FirstAsync(ct);
        var subtree = db.Unions.Where(u => u.Path.StartsWith(menuPath)).Select(u => u.Id);
        var approved = db.Needs.Where(n => n.Moderation == ModerationStatus.Approved && n.GroupId != null);
        var groups = await db.NeedGroups.AsNoTracking()
            .Where(g => g.MergedIntoId == null && subtree.Contains(g.UnionId) && approved.Any(n => n.GroupId == g.Id))
            .Select(g => new
            {
                g.Id, g.Title, g.Category,
                UnionName = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Name).First(),
                OnThisMenu = db.MenuItems.Any(i => i.MenuId == menuId && i.GroupId == g.Id),
            })
            .ToListAsync(ct);
        var groupIds = groups.Select(g => g.Id).ToList();

        // Heat counts people, not rows: an author who also said "me too" elsewhere in the group counts once.
        var needs = await approved.AsNoTracking()
            .Where(n => groupIds.Contains(n.GroupId!.Value))
            .Select(n => new { n.Id, GroupId = n.GroupId!.Value, n.UserId })
            .ToListAsync(ct);
        var needIds = needs.Select(n => n.Id).ToList();
        var givers = await db.NeedMeToos.AsNoTracking()
            .Where(m => needIds.Contains(m.NeedId))
            .Select(m => new { m.NeedId, m.UserId })
            .ToListAsync(ct);
        var giversByNeed = givers.ToLookup(m => m.NeedId, m => m.UserId);
        var byGroup = needs.ToLookup(n => n.GroupId);

        return groups
            .Select(g => new GroupOption(g.Id, g.Title, g.Category, g.Category.Chinese(), g.UnionName, byGroup[g.Id].Count(),
                byGroup[g.Id].SelectMany(n => giversByNeed[n.Id].Append(n.UserId)).Distinct().Count(), g.OnThisMenu))
            .OrderByDescending(g => g.Heat).ThenByDescending(g => g.NeedCount).ThenBy(g => g.Id)
            .ToList();
    }
}
