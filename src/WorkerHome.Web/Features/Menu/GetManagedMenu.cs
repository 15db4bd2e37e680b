using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Menu;

/// <summary>A menu as staff manage it.</summary>
/// <param name="Id">Menu id.</param>
/// <param name="UnionId">The union it is published for.</param>
/// <param name="UnionName">That union's name.</param>
/// <param name="Title">e.g. 西固区工会讲堂 2026年12月.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Status">Draft, Published or Closed.</param>
/// <param name="StatusName">草稿, 已发布 or 已结束.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Items">Its items, oldest first.</param>
/// <param name="WorkersToNotify">Distinct workers whose needs its items answer: those publishing tells.</param>
public sealed record ManagedMenu(
    int Id, int UnionId, string UnionName, string Title, DateOnly PeriodStart, DateOnly PeriodEnd, MenuStatus Status, string StatusName,
    DateTimeOffset? PublishedAt, DateTimeOffset CreatedAt, IReadOnlyList<ManagedMenuItem> Items, int WorkersToNotify);

/// <summary>A menu item as staff manage it, with its demand and delivery figures.</summary>
/// <param name="Id">Item id.</param>
/// <param name="MenuId">Its menu.</param>
/// <param name="Title">Name.</param>
/// <param name="Category">Need category.</param>
/// <param name="CategoryName">Category in Chinese.</param>
/// <param name="Description">Introduction.</param>
/// <param name="Mode">讲评帮乐庆.</param>
/// <param name="ModeName">Mode in Chinese.</param>
/// <param name="Scale">Centralised or distributed.</param>
/// <param name="ScaleName">集中 or 分散.</param>
/// <param name="Channel">Online, offline or either.</param>
/// <param name="ChannelName">线上, 线下 or 线上线下均可.</param>
/// <param name="ProviderType">Staff, volunteer or partner.</param>
/// <param name="ProviderTypeName">Provider in Chinese.</param>
/// <param name="TargetGroup">Who it is for.</param>
/// <param name="ClassSize">Learners per class.</param>
/// <param name="GroupId">The need group it was built from.</param>
/// <param name="GroupTitle">That group's title.</param>
/// <param name="NeedCount">Needs it answers.</param>
/// <param name="InterestCount">Workers who want it before a session exists.</param>
/// <param name="SchedulingPromptedAt">When staff were told the interest reached the class size.</param>
/// <param name="UpcomingSessions">Scheduled sessions still to start.</param>
/// <param name="LiveOrders">Confirmed and waiting orders over all its sessions.</param>
/// <param name="CanRemove">Whether it may be removed (no orders ever placed).</param>
public sealed record ManagedMenuItem(
    int Id, int MenuId, string Title, NeedCategory Category, string CategoryName, string? Description,
    ServiceMode Mode, string ModeName, DeliveryScale Scale, string ScaleName, DeliveryChannel Channel, string ChannelName,
    ProviderType ProviderType, string ProviderTypeName, string? TargetGroup, int ClassSize, int? GroupId, string? GroupTitle,
    int NeedCount, int InterestCount, DateTimeOffset? SchedulingPromptedAt, int UpcomingSessions, int LiveOrders, bool CanRemove);

/// <summary>One menu of the caller's subtree with its items (the console's menu editor).</summary>
public sealed class GetManagedMenu(AppDbContext db, DataScope scope, MenuAnnouncer announcer, TimeProvider time)
{
    public async Task<Outcome<ManagedMenu>> HandleAsync(int id, CancellationToken ct)
    {
        var menu = await db.Menus.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new
            {
                Menu = m,
                Union = db.Unions.Where(u => u.Id == m.UnionId).Select(u => new { u.Name, u.Path }).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (menu is null)
        {
            return MenuProblems.MenuNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(menu.Union.Path))
        {
            return MenuProblems.MenuOutOfScope;
        }
        var items = await ItemsAsync(db.MenuItems.Where(i => i.MenuId == id), ct);
        var workers = await announcer.CountWorkersAsync(items.Select(i => i.Id).ToList(), ct);
        var m = menu.Menu;
        return new ManagedMenu(m.Id, m.UnionId, menu.Union.Name, m.Title, m.PeriodStart, m.PeriodEnd, m.Status, m.Status.Chinese(),
            m.PublishedAt, m.CreatedAt, items, workers);
    }

    /// <summary>One item as staff see it (after it is added or changed).</summary>
    public async Task<ManagedMenuItem> ItemAsync(int itemId, CancellationToken ct) =>
        (await ItemsAsync(db.MenuItems.Where(i => i.Id == itemId), ct)).Single();

    private async Task<List<ManagedMenuItem>> ItemsAsync(IQueryable<MenuItem> items, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var rows = await items.AsNoTracking()
            .OrderBy(i => i.Id)
            .Select(i => new
            {
                Item = i,
                GroupTitle = db.NeedGroups.Where(g => g.Id == i.GroupId).Select(g => g.Title).FirstOrDefault(),
                Needs = db.MenuItemNeeds.Count(l => l.MenuItemId == i.Id),
                Upcoming = db.Sessions.Count(s => s.MenuItemId == i.Id && s.Status == SessionStatus.Scheduled && s.StartsAt > now),
                LiveOrders = db.Orders.Count(o => o.MenuItemId == i.Id && o.Status != OrderStatus.Cancelled),
                AnyOrder = db.Orders.Any(o => o.MenuItemId == i.Id),
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var i = r.Item;
            return new ManagedMenuItem(i.Id, i.MenuId, i.Title, i.Category, i.Category.Chinese(), i.Description,
                i.Mode, i.Mode.Chinese(), i.Scale, i.Scale.Chinese(), i.Channel, i.Channel.Chinese(), i.ProviderType, i.ProviderType.Chinese(),
                i.TargetGroup, i.ClassSize, i.GroupId, r.GroupTitle, r.Needs, i.InterestCount, i.SchedulingPromptedAt,
                r.Upcoming, r.LiveOrders, !r.AnyOrder);
        }).ToList();
    }
}
