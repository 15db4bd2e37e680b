using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Sites;

/// <summary>A function-area dictionary entry as staff edit it.</summary>
public sealed record FunctionAreaInput
{
    /// <summary>Stable code name: lower-case letters, digits and underscores.</summary>
    [Required(ErrorMessage = "请填写代码")]
    [RegularExpression("^[a-z][a-z0-9_]{1,49}$", ErrorMessage = "代码为小写字母开头的字母、数字或下划线，2到50位")]
    public string Code { get; set; } = "";

    /// <summary>Chinese name.</summary>
    [Required(ErrorMessage = "请填写名称")]
    [StringLength(50, ErrorMessage = "名称不能超过50个字")]
    public string Name { get; set; } = "";

    /// <summary>The core functions it serves (at least one).</summary>
    public List<CoreFunction> CoreFunctions { get; set; } = [];

    /// <summary>Display order.</summary>
    [Range(0, 9999, ErrorMessage = "排序应在 0 到 9999 之间")]
    public int SortOrder { get; set; }

    /// <summary>Whether it can be chosen for sites.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>What the area is.</summary>
    [StringLength(200, ErrorMessage = "说明不能超过200个字")]
    public string? Description { get; set; }
}

/// <summary>Creates or updates a dictionary entry (city-level staff and administrators).</summary>
public sealed class SaveFunctionArea(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<FunctionAreaItem>> HandleAsync(int? id, FunctionAreaInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ScopeRequirement.DictionaryEditor.IsMet(await scope.GetAsync(ct)))
        {
            return CommonProblems.Forbidden.WithDetail("仅市级及以上工会工作人员可修改字典");
        }
        var functions = input.CoreFunctions.Aggregate(CoreFunction.None, (all, f) => all | f);
        if (functions == CoreFunction.None || input.CoreFunctions.Any(f => !CoreFunctions.All.Contains(f)))
        {
            return CommonProblems.Field("coreFunctions", "请至少选择一项五大职能");
        }
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return CommonProblems.Field("name", "请填写名称");
        }
        FunctionArea? area;
        if (id is { } existingId)
        {
            area = await db.FunctionAreas.FirstOrDefaultAsync(a => a.Id == existingId, ct);
            if (area is null)
            {
                return SitesProblems.FunctionAreaNotFound;
            }
        }
        else
        {
            area = new FunctionArea();
            db.FunctionAreas.Add(area);
        }
        var name = input.Name.Trim();
        if (await db.FunctionAreas.AnyAsync(a => a.Id != area.Id && (a.Name == name || a.Code == input.Code), ct))
        {
            return SitesProblems.FunctionAreaNameTaken;
        }
        area.Code = input.Code;
        area.Name = name;
        area.CoreFunctions = functions;
        area.SortOrder = input.SortOrder;
        area.IsActive = input.IsActive;
        area.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return SitesProblems.FunctionAreaNameTaken;
        }
        var names = CoreFunctions.All.Where(f => functions.HasFlag(f)).ToList();
        return new FunctionAreaItem(area.Id, area.Code, area.Name, names, names.Select(f => f.Chinese()).ToList(),
            area.SortOrder, area.IsActive, area.Description);
    }
}
