using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Menu;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Feedback;

/// <summary>What the satisfaction figures are rolled up by.</summary>
public static class SatisfactionKeys
{
    public const string Item = "item";
    public const string Volunteer = "volunteer";
    public const string Site = "site";
    public const string Mode = "mode";
    public const string Union = "union";

    public static readonly IReadOnlyList<string> All = [Item, Volunteer, Site, Mode, Union];

    public static string Chinese(string by) => by switch
    {
        Item => "服务项目",
        Volunteer => "志愿者",
        Site => "阵地",
        Mode => "服务方式",
        _ => "下级工会",
    };
}

/// <summary>One row of a roll-up: the key (an id, or a mode's name), its Chinese name and its figures.</summary>
public sealed record SatisfactionRow(string Key, string Name, SatisfactionFigures Figures);

/// <summary>Satisfaction of a union's subtree over a period, overall and per key.</summary>
public sealed record SatisfactionReport(string By, int UnionId, string UnionName, DateOnly? From, DateOnly? To,
    SatisfactionFigures Overall, IReadOnlyList<SatisfactionRow> Rows);

/// <summary>
/// The first standard (满意度): the share of 4–5 star ratings given in a union's subtree, by item, volunteer, site,
/// service mode or child union (each child counting its whole subtree). Ratings count by the Beijing date they were
/// given. Staff see only their own subtree; without a union, the highest union they serve.
/// </summary>
public sealed class GetSatisfaction(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<SatisfactionReport>> HandleAsync(string? by, int? unionId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        by = string.IsNullOrWhiteSpace(by) ? SatisfactionKeys.Item : by.Trim().ToLowerInvariant();
        var problem = CommonProblems.Validation;
        if (!SatisfactionKeys.All.Contains(by))
        {
            problem = problem.WithError("by", "统计维度应为 item、volunteer、site、mode 或 union");
        }
        if (from is { } f && to is { } t && t < f)
        {
            problem = problem.WithError("to", "结束日期不能早于开始日期");
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
        var node = unionId is { } id
            ? await db.Unions.AsNoTracking().Where(u => u.Id == id).Select(u => new UnionNode(u.Id, u.Name, u.Path)).FirstOrDefaultAsync(ct)
            : await DefaultUnion(access, ct);
        if (node is null)
        {
            return FeedbackProblems.UnionNotFound;
        }
        if (!access.Covers(node.Path))
        {
            return FeedbackProblems.OutOfScope;
        }

        var subtree = db.Unions.Where(u => u.Path.StartsWith(node.Path)).Select(u => u.Id);
        var ratings = db.Feedback.AsNoTracking().Where(r => subtree.Contains(r.UnionId));
        if (from is { } start)
        {
            var since = ChinaTime.FromLocal(start, TimeOnly.MinValue);
            ratings = ratings.Where(r => r.CreatedAt >= since);
        }
        if (to is { } end)
        {
            var until = ChinaTime.FromLocal(end.AddDays(1), TimeOnly.MinValue);
            ratings = ratings.Where(r => r.CreatedAt < until);
        }
        var perUnion = await Satisfaction.Totals(ratings, r => r.UnionId).ToListAsync(ct);
        var overall = perUnion.Select(u => u.Totals).Aggregate(StarTotals.Zero, StarTotals.Add);
        var rows = by switch
        {
            SatisfactionKeys.Item => await ByItemAsync(ratings, ct),
            SatisfactionKeys.Volunteer => await ByVolunteerAsync(ratings, ct),
            SatisfactionKeys.Site => await BySiteAsync(ratings, ct),
            SatisfactionKeys.Mode => await ByModeAsync(ratings, ct),
            _ => await ByChildUnionAsync(node.Id, perUnion, ct),
        };
        return new SatisfactionReport(by, node.Id, node.Name, from, to, overall.Figures(),
            rows.OrderByDescending(r => r.Figures.Feedbacks).ThenBy(r => r.Name, StringComparer.Ordinal).ToList());
    }

    private async Task<UnionNode?> DefaultUnion(AccessScope access, CancellationToken ct)
    {
        var unions = db.Unions.AsNoTracking();
        unions = access.IsSystemAdmin ? unions.Where(u => u.ParentId == null) : unions.Where(u => access.StaffUnionIds.Contains(u.Id));
        return await unions.OrderBy(u => u.Path.Length).ThenBy(u => u.Id).Select(u => new UnionNode(u.Id, u.Name, u.Path)).FirstOrDefaultAsync(ct);
    }

    private async Task<List<SatisfactionRow>> ByItemAsync(IQueryable<SessionFeedback> ratings, CancellationToken ct)
    {
        var totals = await Satisfaction.Totals(ratings, r => r.MenuItemId).ToListAsync(ct);
        var ids = totals.Select(t => t.Key).ToList();
        var names = await db.MenuItems.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        return totals.Select(t => Row(t.Key.ToString(CultureInfo.InvariantCulture), names.GetValueOrDefault(t.Key, "（已删除的项目）"), t.Totals)).ToList();
    }

    private async Task<List<SatisfactionRow>> ByVolunteerAsync(IQueryable<SessionFeedback> ratings, CancellationToken ct)
    {
        var totals = await Satisfaction.Totals(ratings, r => r.VolunteerId).ToListAsync(ct);
        var ids = totals.Where(t => t.Key is not null).Select(t => t.Key!.Value).ToList();
        var names = await db.Volunteers.Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First() })
            .ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        return totals.Select(t => t.Key is { } id
            ? Row(id.ToString(CultureInfo.InvariantCulture), names.GetValueOrDefault(id, "（未知志愿者）"), t.Totals)
            : Row("none", "未派志愿者", t.Totals)).ToList();
    }

    private async Task<List<SatisfactionRow>> BySiteAsync(IQueryable<SessionFeedback> ratings, CancellationToken ct)
    {
        var totals = await Satisfaction.Totals(ratings, r => r.SiteId).ToListAsync(ct);
        var ids = totals.Where(t => t.Key is not null).Select(t => t.Key!.Value).ToList();
        var names = await db.Sites.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return totals.Select(t => t.Key is { } id
            ? Row(id.ToString(CultureInfo.InvariantCulture), names.GetValueOrDefault(id, "（已删除的阵地）"), t.Totals)
            : Row("online", "线上", t.Totals)).ToList();
    }

    private static async Task<List<SatisfactionRow>> ByModeAsync(IQueryable<SessionFeedback> ratings, CancellationToken ct)
    {
        var totals = await Satisfaction.Totals(ratings, r => r.Mode).ToListAsync(ct);
        return totals.Select(t => Row(t.Key.ToString(), t.Key.Chinese(), t.Totals)).ToList();
    }

    private async Task<List<SatisfactionRow>> ByChildUnionAsync(int nodeId, List<Keyed<int>> perUnion, CancellationToken ct)
    {
        var children = await db.Unions.AsNoTracking().Where(u => u.ParentId == nodeId)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => new UnionNode(u.Id, u.Name, u.Path)).ToListAsync(ct);
        var rated = perUnion.Select(p => p.Key).ToList();
        var paths = await db.Unions.Where(u => rated.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        return children.Select(child => Row(child.Id.ToString(CultureInfo.InvariantCulture), child.Name,
                perUnion.Where(p => paths[p.Key].StartsWith(child.Path, StringComparison.Ordinal)).Select(p => p.Totals).Aggregate(StarTotals.Zero, StarTotals.Add)))
            .ToList();
    }

    private static SatisfactionRow Row(string key, string name, StarTotals totals) => new(key, name, totals.Figures());

    private sealed record UnionNode(int Id, string Name, string Path);
}
