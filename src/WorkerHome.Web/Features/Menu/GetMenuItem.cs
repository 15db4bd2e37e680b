using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Menu;

/// <summary>A menu item as workers see it, with its upcoming sessions and seats.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Title">Name.</param>
/// <param name="Category">Need category.</param>
/// <param name="CategoryName">Category in Chinese.</param>
/// <param name="Description">Introduction.</param>
/// <param name="Mode">讲评帮乐庆.</param>
/// <param name="ModeName">Mode in Chinese.</param>
/// <param name="Scale">Centralised or distributed.</param>
/// <param name="ScaleName">集中 or 分散.</param>
/// <param name="Channel">Online, offline or either.</param>
/// <param name="ChannelName">Channel in Chinese.</param>
/// <param name="ProviderType">Staff, volunteer or partner.</param>
/// <param name="ProviderTypeName">Provider in Chinese.</param>
/// <param name="TargetGroup">Who it is for.</param>
/// <param name="ClassSize">Learners per class; interest reaching it prompts staff to schedule.</param>
/// <param name="InterestCount">Workers who want it before a session exists.</param>
/// <param name="Interested">Whether the signed-in worker has registered interest.</param>
/// <param name="IsOpen">Whether it takes orders and interest (its menu is published and its period not over).</param>
/// <param name="Menu">Its menu.</param>
/// <param name="Sessions">Scheduled sessions still to start, soonest first.</param>
/// <param name="CanManage">Whether the caller is staff over its union.</param>
public sealed record MenuItemDetail(
    int Id, string Title, NeedCategory Category, string CategoryName, string? Description, ServiceMode Mode, string ModeName,
    DeliveryScale Scale, string ScaleName, DeliveryChannel Channel, string ChannelName, ProviderType ProviderType, string ProviderTypeName,
    string? TargetGroup, int ClassSize, int InterestCount, bool Interested, bool IsOpen, MenuSummary Menu, IReadOnlyList<SessionSeats> Sessions,
    bool CanManage);

/// <summary>The menu an item is on.</summary>
/// <param name="Id">Menu id.</param>
/// <param name="Title">Its title.</param>
/// <param name="UnionName">The union offering it.</param>
/// <param name="PeriodStart">First day.</param>
/// <param name="PeriodEnd">Last day.</param>
/// <param name="Status">Draft, Published or Closed.</param>
/// <param name="StatusName">Status in Chinese.</param>
public sealed record MenuSummary(int Id, string Title, string UnionName, DateOnly PeriodStart, DateOnly PeriodEnd, MenuStatus Status, string StatusName);

/// <summary>An upcoming session and its seats.</summary>
/// <param name="Id">Session id (what an order names).</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="StartsText">Start in Beijing time, e.g. 12月5日 周五 19:00.</param>
/// <param name="IsOnline">Held online.</param>
/// <param name="SiteId">The site, when held at one.</param>
/// <param name="PlaceName">The site's name, or 线上.</param>
/// <param name="Address">The site's address and room, when held at one.</param>
/// <param name="Capacity">Seats.</param>
/// <param name="Confirmed">Seats taken.</param>
/// <param name="Waitlisted">Live orders on the waiting list.</param>
/// <param name="SeatsLeft">Seats still free.</param>
/// <param name="Provider">Who delivers it once a volunteer accepted, e.g. 陈律师（律师，西固区法律援助中心）.</param>
public sealed record SessionSeats(
    int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string StartsText, bool IsOnline, int? SiteId, string PlaceName, string? Address,
    int Capacity, int Confirmed, int Waitlisted, int SeatsLeft, string? Provider = null);

/// <summary>
/// One menu item for workers. Items of draft menus do not exist for them (404); staff over the item's union see
/// them too, to check an item before publishing.
/// </summary>
public sealed class GetMenuItem(AppDbContext db, DataScope scope, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<MenuItemDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var row = await db.MenuItems.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new
            {
                Item = i,
                Menu = db.Menus.First(m => m.Id == i.MenuId),
                Union = db.Unions.Where(u => u.Id == i.UnionId).Select(u => new { u.Name, u.Path }).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return MenuProblems.ItemNotFound;
        }
        var canManage = (await scope.GetAsync(ct)).Covers(row.Union.Path);
        if (row.Menu.Status == MenuStatus.Draft && !canManage)
        {
            return MenuProblems.ItemNotFound;
        }

        var now = time.GetUtcNow();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.MenuItemId == id && s.Status == SessionStatus.Scheduled && s.StartsAt > now)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.StartsAt, s.EndsAt, s.SiteId, s.Place, s.Capacity, s.Confirmed,
                Site = db.Sites.Where(x => x.Id == s.SiteId).Select(x => new { x.Name, x.Address }).FirstOrDefault(),
                Waitlisted = db.Orders.Count(o => o.SessionId == s.Id && o.Status == OrderStatus.Waitlisted),
                Provider = db.Volunteers.Where(v => v.Id == s.VolunteerId)
                    .Select(v => new { v.Id, v.Qualification, v.Organization, Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First() })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        var interested = user.UserId is { } userId && await db.ItemInterests.AnyAsync(x => x.MenuItemId == id && x.UserId == userId, ct);

        var i = row.Item;
        var m = row.Menu;
        var isOpen = m.Status == MenuStatus.Published && m.PeriodEnd >= time.LocalToday();
        return new MenuItemDetail(i.Id, i.Title, i.Category, i.Category.Chinese(), i.Description, i.Mode, i.Mode.Chinese(),
            i.Scale, i.Scale.Chinese(), i.Channel, i.Channel.Chinese(), i.ProviderType, i.ProviderType.Chinese(),
            i.TargetGroup, i.ClassSize, i.InterestCount, interested, isOpen,
            new MenuSummary(m.Id, m.Title, row.Union.Name, m.PeriodStart, m.PeriodEnd, m.Status, m.Status.Chinese()),
            sessions.Select(s => new SessionSeats(s.Id, s.StartsAt, s.EndsAt, ChinaTime.FormatDateTime(s.StartsAt, now), s.Site is null, s.SiteId,
                s.Site?.Name ?? "线上", s.Site is null ? null : string.IsNullOrEmpty(s.Place) ? s.Site.Address : $"{s.Site.Address} {s.Place}",
                s.Capacity, s.Confirmed, s.Waitlisted, s.Capacity - s.Confirmed,
                s.Provider is null ? null : new SessionProvider(s.Provider.Id, s.Provider.Name, s.Provider.Qualification.Chinese(), s.Provider.Organization).Line)).ToList(),
            canManage);
    }
}
