using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Menu;

/// <summary>Filters for the staff menu list. Every field is optional.</summary>
public sealed record MenuListQuery
{
    /// <summary>Words in the title.</summary>
    public string? Q { get; set; }

    /// <summary>Draft, Published or Closed (or 草稿/已发布/已结束).</summary>
    public string? Status { get; set; }

    /// <summary>A union id: menus of that union and the unions below it.</summary>
    public int? Union { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    public int? PageSize { get; set; }
}

/// <summary>A menu in the staff list.</summary>
/// <param name="Id">Menu id.</param>
/// <param name="UnionId">Its union.</param>
/// <param name="UnionName">Its union's name.</param>
/// <param name="Title">Its title.</param>
/// <param name="PeriodStart">First day.</param>
/// <param name="PeriodEnd">Last day.</param>
/// <param name="Status">Draft, Published or Closed.</param>
/// <param name="StatusName">Status in Chinese.</param>
/// <param name="PublishedAt">When published.</param>
/// <param name="ItemCount">Items on it.</param>
/// <param name="InterestCount">Interest registered over all its items.</param>
public sealed record MenuRow(
    int Id, int UnionId, string UnionName, string Title, DateOnly PeriodStart, DateOnly PeriodEnd, MenuStatus Status, string StatusName,
    DateTimeOffset? PublishedAt, int ItemCount, int InterestCount);

/// <summary>The menus of the caller's subtree, newest period first, paged in the database.</summary>
public sealed class ListMenus(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<MenuRow>>> HandleAsync(MenuListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var problem = Paging.Check(page, pageSize) ?? CommonProblems.Validation;
        MenuStatus? status = null;
        if (!string.IsNullOrEmpty(query.Status))
        {
            if (EnumText.TryParse<MenuStatus>(query.Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                problem = problem.WithError("status", $"状态应为 {EnumText.ChoicesInChinese<MenuStatus>()}");
            }
        }
        if (query.Q is { Length: > 50 })
        {
            problem = problem.WithError("q", "搜索词不能超过50个字");
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }

        var access = await scope.GetAsync(ct);
        var inScope = access.UnionIds(db);
        var menus = db.Menus.AsNoTracking().Where(m => inScope.Contains(m.UnionId));
        if (status is not null)
        {
            menus = menus.Where(m => m.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim();
            menus = menus.Where(m => m.Title.Contains(term));
        }
        if (query.Union is { } unionId)
        {
            var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return CommonProblems.Field("union", "未找到该工会组织");
            }
            var subtree = db.Unions.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            menus = menus.Where(m => subtree.Contains(m.UnionId));
        }

        var total = await menus.CountAsync(ct);
        var rows = await menus
            .OrderByDescending(m => m.PeriodStart).ThenByDescending(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => new
            {
                m.Id, m.UnionId, m.Title, m.PeriodStart, m.PeriodEnd, m.Status, m.PublishedAt,
                UnionName = db.Unions.Where(u => u.Id == m.UnionId).Select(u => u.Name).First(),
                Items = db.MenuItems.Count(i => i.MenuId == m.Id),
                Interest = db.MenuItems.Where(i => i.MenuId == m.Id).Sum(i => (int?)i.InterestCount) ?? 0,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new MenuRow(r.Id, r.UnionId, r.UnionName, r.Title, r.PeriodStart, r.PeriodEnd, r.Status, r.Status.Chinese(),
            r.PublishedAt, r.Items, r.Interest)).ToList();
        return new PagedList<MenuRow>(items, total, page, pageSize);
    }
}
