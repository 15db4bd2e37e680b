using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Notifications;

namespace WorkerHome.Features.Menu;

/// <summary>What announcing items did: needs moved to 已上菜单, workers told, messages written.</summary>
public sealed record Announcement(int NeedsOnMenu, int WorkersNotified, int Notifications);

/// <summary>
/// Tells workers their needs made it onto a menu (亮单): every approved need an item answers moves to 已上菜单, and
/// its author and its "me too" givers get one message per item. Used when a menu is published and when an item is
/// added to a menu already published. It writes in the caller's transaction and unit of work, so the messages are
/// saved with the change they announce.
/// </summary>
public sealed class MenuAnnouncer(AppDbContext db, Notifier notifier)
{
    public async Task<Announcement> AnnounceAsync(string menuTitle, IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        var (byItem, needIds) = await RecipientsAsync(itemIds, ct);
        var moved = await db.Needs
            .Where(n => needIds.Contains(n.Id) && (n.Status == NeedStatus.Submitted || n.Status == NeedStatus.Grouped))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NeedStatus.OnMenu), ct);
        var titles = await db.MenuItems.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        var notifications = 0;
        foreach (var (itemId, workers) in byItem)
        {
            notifier.Notify(workers, "您的需求已列入服务菜单",
                $"您提出或附议的需求已列入《{menuTitle}》：{titles[itemId]}。可以查看场次并点单。",
                link: $"/menu/items/{itemId}");
            notifications += workers.Count;
        }
        return new Announcement(moved, byItem.Values.SelectMany(w => w).Distinct().Count(), notifications);
    }

    /// <summary>How many distinct workers announcing these items would tell (for the publish confirmation).</summary>
    public async Task<int> CountWorkersAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        var (byItem, _) = await RecipientsAsync(itemIds, ct);
        return byItem.Values.SelectMany(w => w).Distinct().Count();
    }

    /// <summary>Per item, the authors and "me too" givers of the approved needs it answers; and those needs.</summary>
    private async Task<(Dictionary<int, HashSet<Guid>> ByItem, List<int> NeedIds)> RecipientsAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        // A need rejected after it was linked stays private: its author is not told it is on a menu.
        var links = await db.MenuItemNeeds.AsNoTracking()
            .Where(l => itemIds.Contains(l.MenuItemId))
            .Join(db.Needs.Where(n => n.Moderation == ModerationStatus.Approved), l => l.NeedId, n => n.Id,
                (l, n) => new { l.MenuItemId, NeedId = n.Id, n.UserId })
            .ToListAsync(ct);
        var needIds = links.Select(l => l.NeedId).Distinct().ToList();
        var meToos = await db.NeedMeToos.AsNoTracking()
            .Where(m => needIds.Contains(m.NeedId))
            .Select(m => new { m.NeedId, m.UserId })
            .ToListAsync(ct);
        var giversByNeed = meToos.ToLookup(m => m.NeedId, m => m.UserId);
        var byItem = links.GroupBy(l => l.MenuItemId).ToDictionary(
            g => g.Key,
            g => g.SelectMany(l => giversByNeed[l.NeedId].Append(l.UserId)).ToHashSet());
        return (byItem, needIds);
    }
}
