using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>The rules a standard must meet whether created or edited, and how an input becomes its items.</summary>
public sealed class StandardRules(AppDbContext db, DataScope scope)
{
    /// <summary>Null when the input may be saved; otherwise the problem (400 with field errors, or 403 outside scope).</summary>
    public async Task<AppProblem?> CheckAsync(StandardInput input, IReadOnlyCollection<int> existingItemIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = CommonProblems.Validation;
        var invalid = false;
        void Error(string field, string message)
        {
            problem = problem.WithError(field, message);
            invalid = true;
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            Error("name", "请填写标准名称");
        }
        if (input.Form is null)
        {
            Error("form", "请选择阵地形态");
        }
        if (input.Rating is null)
        {
            Error("rating", "请选择阵地级别");
        }
        var owner = await db.Unions.AsNoTracking().Where(u => u.Id == input.UnionId)
            .Select(u => new { u.Level, u.Path }).FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            Error("unionId", "请选择制定标准的工会");
        }
        else if (owner.Level is not (UnionLevel.City or UnionLevel.County))
        {
            Error("unionId", "建设标准由市级或县区级工会制定");
        }
        if (input.Items.Count == 0)
        {
            Error("items", "至少需要一个检查项");
        }
        var areaIds = input.Items.Where(i => i.FunctionAreaId is not null).Select(i => i.FunctionAreaId!.Value).Distinct().ToList();
        var knownAreas = areaIds.Count == 0 ? [] : await db.FunctionAreas.Where(a => areaIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        var seenIds = new HashSet<int>();
        foreach (var (item, index) in input.Items.Select((item, index) => (item, index)))
        {
            var at = $"items[{index}]";
            if (item.Id is { } id && (!existingItemIds.Contains(id) || !seenIds.Add(id)))
            {
                Error($"{at}.id", "不是该建设标准的检查项");
            }
            if (string.IsNullOrWhiteSpace(item.Category))
            {
                Error($"{at}.category", "请填写类别");
            }
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                Error($"{at}.title", "请填写检查项");
            }
            if (item.Kind is null)
            {
                Error($"{at}.kind", "请选择检查方式");
            }
            if (item.Weight is < 1 or > 100)
            {
                Error($"{at}.weight", "分值应在 1 到 100 之间");
            }
            if (item.Kind == StandardItemKind.Minimum)
            {
                if (item.Minimum is null)
                {
                    Error($"{at}.minimum", "数值下限项须填写下限");
                }
                if (string.IsNullOrWhiteSpace(item.Unit))
                {
                    Error($"{at}.unit", "数值下限项须填写单位");
                }
                if (item.FunctionAreaId is not null)
                {
                    Error($"{at}.functionAreaId", "功能区项按阵地已有功能区判定，应为达标项");
                }
            }
            if (item.FunctionAreaId is { } area && !knownAreas.Contains(area))
            {
                Error($"{at}.functionAreaId", "未找到该功能区");
            }
        }
        var total = input.Items.Sum(i => Math.Clamp(i.Weight, 0, 100));
        if (input.Items.Count > 0 && input.PassScore > total)
        {
            Error("passScore", $"达标分数不能超过检查项总分（{total} 分）");
        }
        if (input.PassScore < 0)
        {
            Error("passScore", "达标分数不能小于 0");
        }
        if (invalid)
        {
            return problem;
        }
        var access = await scope.GetAsync(ct);
        return access.Covers(owner!.Path) ? null : StandardsProblems.OutOfScope;
    }

    /// <summary>Copies the checked input onto the standard and replaces its items as a set, keeping the ids sent.</summary>
    public static void Apply(StandardInput input, ConstructionStandard standard, List<StandardItem> items, Action<StandardItem> add, Action<StandardItem> remove)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        standard.Name = input.Name.Trim();
        standard.UnionId = input.UnionId;
        standard.Form = input.Form!.Value;
        standard.Rating = input.Rating!.Value;
        standard.PassScore = input.PassScore;
        standard.Note = input.Note?.Trim() is { Length: > 0 } note ? note : null;
        var kept = input.Items.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToHashSet();
        foreach (var gone in items.Where(i => !kept.Contains(i.Id)).ToList())
        {
            remove(gone);
        }
        foreach (var (entered, index) in input.Items.Select((item, index) => (item, index)))
        {
            var item = entered.Id is { } id ? items.Single(i => i.Id == id) : new StandardItem { StandardId = standard.Id };
            item.Category = entered.Category.Trim();
            item.Title = entered.Title.Trim();
            item.Requirement = entered.Requirement?.Trim() is { Length: > 0 } requirement ? requirement : null;
            item.Kind = entered.Kind!.Value;
            item.Minimum = item.Kind == StandardItemKind.Minimum ? entered.Minimum : null;
            item.Unit = item.Kind == StandardItemKind.Minimum ? entered.Unit?.Trim() : null;
            item.FunctionAreaId = entered.FunctionAreaId;
            item.Weight = entered.Weight;
            item.SortOrder = (index + 1) * 10;
            if (entered.Id is null)
            {
                add(item);
            }
        }
    }
}
