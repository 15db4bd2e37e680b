using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Needs;

/// <summary>Filters for the groups board. Every field is optional.</summary>
public sealed record NeedGroupSearch
{
    /// <summary>A union id inside your scope: groups of it and below it.</summary>
    public int? Union { get; set; }

    /// <summary>A category (code name or Chinese).</summary>
    public string? Category { get; set; }

    /// <summary>Words in the title or in a member need.</summary>
    public string? Q { get; set; }

    /// <summary><c>heat</c> (default: most people first) or <c>new</c> (newest groups first).</summary>
    public string? Sort { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Groups per page, 1 to 100 (default 10).</summary>
    public int? PageSize { get; set; }
}

/// <summary>
/// The groups board (梳理需求): open (not merged) groups of the caller's subtree, hottest first, each with its heat,
/// eight-week trend, townships and newest needs.
/// </summary>
public sealed class ListNeedGroups(AppDbContext db, DataScope scope, NeedGroupViews views)
{
    /// <summary>How many member needs each group shows on the board; the group's own page shows them all.</summary>
    public const int MembersOnBoard = 5;

    public async Task<Outcome<PagedList<NeedGroupView>>> HandleAsync(NeedGroupSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = search.Page ?? 1;
        var pageSize = search.PageSize ?? 10;
        var problem = Paging.Check(page, pageSize) ?? CommonProblems.Validation;
        NeedCategory? category = null;
        if (!string.IsNullOrEmpty(search.Category))
        {
            if (EnumText.TryParse<NeedCategory>(search.Category, out var parsed))
            {
                category = parsed;
            }
            else
            {
                problem = problem.WithError("category", $"需求类别应为 {EnumText.ChoicesInChinese<NeedCategory>()}");
            }
        }
        if (search.Sort is not (null or "" or "heat" or "new"))
        {
            problem = problem.WithError("sort", "排序应为 heat 或 new");
        }
        if (search.Q is { Length: > 50 })
        {
            problem = problem.WithError("q", "搜索词不能超过50个字");
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var unionIds = access.UnionIds(db);
        var groups = db.NeedGroups.AsNoTracking().Where(g => g.MergedIntoId == null && unionIds.Contains(g.UnionId));
        if (search.Union is { } unionId)
        {
            var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return CommonProblems.Field("union", "未找到该工会组织");
            }
            if (!access.Covers(path))
            {
                return NeedsProblems.UnionOutOfScope;
            }
            var subtree = db.Unions.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            groups = groups.Where(g => subtree.Contains(g.UnionId));
        }
        if (category is not null)
        {
            groups = groups.Where(g => g.Category == category);
        }
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var term = search.Q.Trim();
            groups = groups.Where(g => g.Title.Contains(term) || db.Needs.Any(n => n.GroupId == g.Id && n.Text.Contains(term)));
        }

        var total = await groups.CountAsync(ct);
        var aggregates = NeedGroupViews.Aggregates(groups, db);
        var ordered = search.Sort == "new"
            ? aggregates.OrderByDescending(a => a.Group.CreatedAt)
            : aggregates.OrderByDescending(a => a.Heat).ThenByDescending(a => a.MeTooCount);
        var rows = await ordered.ThenByDescending(a => a.Group.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<NeedGroupView>(await views.BuildAsync(rows, MembersOnBoard, ct), total, page, pageSize);
    }
}
