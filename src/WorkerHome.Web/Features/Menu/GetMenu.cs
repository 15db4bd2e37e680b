using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Menu;

/// <summary>Filters for the worker menu. Every field is optional.</summary>
public sealed record MenuQuery
{
    /// <summary>A need category (EmploymentRights … or 就业维权 …).</summary>
    public string? Category { get; set; }

    /// <summary>A site id: items with an upcoming session there.</summary>
    public int? Site { get; set; }

    /// <summary>A date (yyyy-MM-dd, Beijing): items with an upcoming session that day.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>A union id: items of menus of that union and the unions below it.</summary>
    public int? Union { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    public int? PageSize { get; set; }
}

/// <summary>An item on the worker menu.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Title">Name.</param>
/// <param name="Category">Need category.</param>
/// <param name="CategoryName">Category in Chinese.</param>
/// <param name="MenuId">Its menu.</param>
/// <param name="MenuTitle">Its menu's title.</param>
/// <param name="UnionName">The union offering it.</param>
/// <param name="Mode">讲评帮乐庆.</param>
/// <param name="ModeName">Mode in Chinese.</param>
/// <param name="Channel">Online, offline or either.</param>
/// <param name="ChannelName">Channel in Chinese.</param>
/// <param name="ClassSize">Learners per class.</param>
/// <param name="InterestCount">Workers waiting for a session to be scheduled.</param>
/// <param name="UpcomingSessions">Scheduled sessions still to start.</param>
/// <param name="NextSession">The soonest of them, if any.</param>
public sealed record MenuCard(
    int Id, string Title, NeedCategory Category, string CategoryName, int MenuId, string MenuTitle, string UnionName,
    ServiceMode Mode, string ModeName, DeliveryChannel Channel, string ChannelName, int ClassSize, int InterestCount,
    int UpcomingSessions, NextSession? NextSession);

/// <summary>The next session of an item.</summary>
/// <param name="Id">Session id.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="StartsText">Start in Beijing time, e.g. 12月5日 周五 19:00 or 明天 19:00.</param>
/// <param name="PlaceName">The site's name, or 线上.</param>
/// <param name="SeatsLeft">Seats not yet taken.</param>
public sealed record NextSession(int Id, DateTimeOffset StartsAt, string StartsText, string PlaceName, int SeatsLeft);

/// <summary>A site that hosts upcoming sessions, for the menu's site filter.</summary>
/// <param name="Id">Site id.</param>
/// <param name="Name">Site name.</param>
public sealed record MenuSite(int Id, string Name);

/// <summary>
/// The menu workers browse (职工点单): items of published menus whose period has not ended, soonest session first
/// (items still waiting for one after them), filtered by category, site, day and union subtree, paged in the database.
/// </summary>
public sealed class GetMenu(AppDbContext db, TimeProvider time)
{
    public async Task<Outcome<PagedList<MenuCard>>> HandleAsync(MenuQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var problem = Paging.Check(page, pageSize) ?? CommonProblems.Validation;
        NeedCategory? category = null;
        if (!string.IsNullOrEmpty(query.Category))
        {
            if (EnumText.TryParse<NeedCategory>(query.Category, out var parsed))
            {
                category = parsed;
            }
            else
            {
                problem = problem.WithError("category", $"类别应为 {EnumText.ChoicesInChinese<NeedCategory>()}");
            }
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var items = VisibleItems(time.LocalToday());
        var upcoming = db.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now);
        if (category is not null)
        {
            items = items.Where(i => i.Category == category);
        }
        // The session a card shows is the next one on the site and day asked for, not merely the next one.
        var matching = upcoming;
        if (query.Site is { } siteId)
        {
            matching = matching.Where(s => s.SiteId == siteId);
        }
        if (query.Date is { } date)
        {
            var from = ChinaTime.FromLocal(date, TimeOnly.MinValue);
            var to = ChinaTime.FromLocal(date.AddDays(1), TimeOnly.MinValue);
            matching = matching.Where(s => s.StartsAt >= from && s.StartsAt < to);
        }
        if (query.Site is not null || query.Date is not null)
        {
            items = items.Where(i => matching.Any(s => s.MenuItemId == i.Id));
        }
        if (query.Union is { } unionId)
        {
            var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return CommonProblems.Field("union", "未找到该工会组织");
            }
            var subtree = db.Unions.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            items = items.Where(i => subtree.Contains(i.UnionId));
        }

        var total = await items.CountAsync(ct);
        var rows = await items
            .Select(i => new
            {
                Item = i,
                MenuTitle = db.Menus.Where(m => m.Id == i.MenuId).Select(m => m.Title).First(),
                UnionName = db.Unions.Where(u => u.Id == i.UnionId).Select(u => u.Name).First(),
                NextStart = matching.Where(s => s.MenuItemId == i.Id).Min(s => (DateTimeOffset?)s.StartsAt),
                NextId = matching.Where(s => s.MenuItemId == i.Id).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefault(),
                Upcoming = upcoming.Count(s => s.MenuItemId == i.Id),
            })
            .OrderBy(r => r.NextStart == null).ThenBy(r => r.NextStart).ThenByDescending(r => r.Item.InterestCount).ThenBy(r => r.Item.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);

        var nextIds = rows.Where(r => r.NextId is not null).Select(r => r.NextId!.Value).ToList();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => nextIds.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.StartsAt, s.Capacity, s.Confirmed,
                SiteName = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
            })
            .ToDictionaryAsync(s => s.Id, ct);

        var cards = rows.Select(r =>
        {
            var i = r.Item;
            var next = r.NextId is { } id && sessions.TryGetValue(id, out var s)
                ? new NextSession(s.Id, s.StartsAt, ChinaTime.FormatDateTime(s.StartsAt, now), s.SiteName ?? "线上", s.Capacity - s.Confirmed)
                : null;
            return new MenuCard(i.Id, i.Title, i.Category, i.Category.Chinese(), i.MenuId, r.MenuTitle, r.UnionName, i.Mode, i.Mode.Chinese(),
                i.Channel, i.Channel.Chinese(), i.ClassSize, i.InterestCount, r.Upcoming, next);
        }).ToList();
        return new PagedList<MenuCard>(cards, total, page, pageSize);
    }

    /// <summary>The sites hosting upcoming sessions of visible items, for the site filter.</summary>
    public async Task<IReadOnlyList<MenuSite>> SitesAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var items = VisibleItems(time.LocalToday()).Select(i => i.Id);
        var siteIds = db.Sessions
            .Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now && s.SiteId != null && items.Contains(s.MenuItemId))
            .Select(s => s.SiteId!.Value);
        return await db.Sites.AsNoTracking()
            .Where(s => siteIds.Contains(s.Id))
            .OrderBy(s => s.Name)
            .Select(s => new MenuSite(s.Id, s.Name))
            .ToListAsync(ct);
    }

    /// <summary>Items workers may browse: of published menus whose period covers today or later.</summary>
    private IQueryable<MenuItem> VisibleItems(DateOnly today) => db.MenuItems.AsNoTracking()
        .Where(i => db.Menus.Any(m => m.Id == i.MenuId && m.Status == MenuStatus.Published && m.PeriodEnd >= today));
}
