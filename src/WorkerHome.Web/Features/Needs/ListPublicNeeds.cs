using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Needs;

/// <summary>Filters for the public needs. Every field is optional.</summary>
public sealed record PublicNeedSearch
{
    /// <summary>A category (code name or Chinese).</summary>
    public string? Category { get; set; }

    /// <summary>A township code: needs whose preferred place lies there.</summary>
    public string? Township { get; set; }

    /// <summary>A union id: needs addressed to it or to a union below it.</summary>
    public int? Union { get; set; }

    /// <summary><c>new</c> (default, newest first) or <c>hot</c> (most "me too"s first).</summary>
    public string? Sort { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    public int? PageSize { get; set; }
}

/// <summary>A public need as other workers see it: never who wrote it.</summary>
/// <param name="Id">Need id.</param>
/// <param name="Category">What it is about.</param>
/// <param name="CategoryName">The category in Chinese.</param>
/// <param name="Text">The need.</param>
/// <param name="TownshipName">The preferred township or street.</param>
/// <param name="UnionName">The union it is addressed to.</param>
/// <param name="MeTooCount">How many others said "me too".</param>
/// <param name="SaidMeToo">Whether the signed-in worker already said "me too".</param>
/// <param name="IsMine">Whether the signed-in worker wrote it (no "me too" on one's own).</param>
/// <param name="Status">Grouped, OnMenu or Delivered.</param>
/// <param name="StatusName">The status in Chinese.</param>
/// <param name="CreatedAt">When it was submitted.</param>
public sealed record PublicNeed(int Id, NeedCategory Category, string CategoryName, string Text, string? TownshipName, string UnionName,
    int MeTooCount, bool SaidMeToo, bool IsMine, NeedStatus Status, string StatusName, DateTimeOffset CreatedAt);

/// <summary>The part of the union tree a worker's needs list starts with.</summary>
/// <param name="UnionId">The county (or higher) union above the worker's home union.</param>
/// <param name="Name">Its name.</param>
public sealed record NeedArea(int UnionId, string Name);

/// <summary>Approved needs for everyone to browse and second ("me too"), filtered by category, place and union subtree.</summary>
public sealed class ListPublicNeeds(AppDbContext db, CurrentUser current)
{
    public async Task<Outcome<PagedList<PublicNeed>>> HandleAsync(PublicNeedSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = search.Page ?? 1;
        var pageSize = search.PageSize ?? 20;
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
        if (search.Sort is not (null or "" or "new" or "hot"))
        {
            problem = problem.WithError("sort", "排序应为 new 或 hot");
        }
        string? unionPath = null;
        if (search.Union is { } unionId)
        {
            unionPath = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unionPath is null)
            {
                problem = problem.WithError("union", "未找到该工会组织");
            }
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }

        var query = db.Needs.AsNoTracking().Where(n => n.Moderation == ModerationStatus.Approved);
        if (category is not null)
        {
            query = query.Where(n => n.Category == category);
        }
        if (!string.IsNullOrEmpty(search.Township))
        {
            var township = search.Township;
            query = query.Where(n => n.PreferredRegionCode == township);
        }
        if (unionPath is not null)
        {
            var subtree = db.Unions.Where(u => u.Path.StartsWith(unionPath)).Select(u => u.Id);
            query = query.Where(n => subtree.Contains(n.UnionId));
        }
        var total = await query.CountAsync(ct);
        var ordered = search.Sort == "hot"
            ? query.OrderByDescending(n => n.MeTooCount).ThenByDescending(n => n.CreatedAt)
            : query.OrderByDescending(n => n.CreatedAt);
        var me = current.UserId ?? Guid.Empty;
        var rows = await ordered.ThenByDescending(n => n.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new
            {
                n.Id,
                n.Category,
                n.Text,
                TownshipName = db.Regions.Where(r => r.Code == n.PreferredRegionCode).Select(r => r.Name).FirstOrDefault(),
                UnionName = db.Unions.Where(u => u.Id == n.UnionId).Select(u => u.Name).FirstOrDefault() ?? "",
                n.MeTooCount,
                SaidMeToo = db.NeedMeToos.Any(m => m.NeedId == n.Id && m.UserId == me),
                IsMine = n.UserId == me,
                n.Status,
                n.CreatedAt,
            })
            .ToListAsync(ct);
        return new PagedList<PublicNeed>(rows.Select(r => new PublicNeed(r.Id, r.Category, r.Category.Chinese(), r.Text, r.TownshipName,
            r.UnionName, r.MeTooCount, r.SaidMeToo, r.IsMine, r.Status, r.Status.Chinese(), r.CreatedAt)).ToList(), total, page, pageSize);
    }

    /// <summary>
    /// Where the signed-in worker's needs list starts: the county union above their home union (the people they
    /// would share a class with), or the home union itself when it sits higher; null without a home union.
    /// </summary>
    public async Task<NeedArea?> HomeAreaAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return null;
        }
        var homePath = await db.Users.Where(u => u.Id == userId)
            .Select(u => db.Unions.Where(x => x.Id == u.HomeUnionId).Select(x => x.Path).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        if (homePath is null)
        {
            return null;
        }
        var chain = UnionPaths.Ids(homePath);
        var unions = await db.Unions.AsNoTracking().Where(u => chain.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Level }).ToListAsync(ct);
        var area = unions.Where(u => u.Level == UnionLevel.County).FirstOrDefault()
            ?? unions.OrderByDescending(u => u.Level).First();
        return new NeedArea(area.Id, area.Name);
    }
}
