using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>A new menu: for which union, its title and its period.</summary>
public sealed record CreateMenuRequest
{
    /// <summary>The union the menu is published for; must be inside your scope.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择所属工会")]
    public int UnionId { get; set; }

    /// <summary>The menu's name, e.g. 西固区工会讲堂 2026年12月.</summary>
    [Required(ErrorMessage = "请填写菜单名称")]
    [StringLength(MenuRules.MaxTitleLength, ErrorMessage = "菜单名称不能超过100个字")]
    public string Title { get; set; } = "";

    /// <summary>First day of the period (Beijing date).</summary>
    [Required(ErrorMessage = "请填写开始日期")]
    public DateOnly? PeriodStart { get; set; }

    /// <summary>Last day of the period, at most a year after the first.</summary>
    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? PeriodEnd { get; set; }
}

/// <summary>Staff start a draft menu for a union of their subtree.</summary>
public sealed class CreateMenu(AppDbContext db, DataScope scope, GetManagedMenu get, TimeProvider time)
{
    public async Task<Outcome<ManagedMenu>> HandleAsync(CreateMenuRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (MenuRules.Check(request.Title, request.PeriodStart, request.PeriodEnd) is { } invalid)
        {
            return invalid;
        }
        if (!await db.Unions.AnyAsync(u => u.Id == request.UnionId, ct))
        {
            return CommonProblems.Field("unionId", "未找到该工会组织");
        }
        if (!await scope.CoversUnionAsync(request.UnionId, ct))
        {
            return MenuProblems.UnionOutOfScope;
        }
        var menu = new ServiceMenu
        {
            UnionId = request.UnionId,
            Title = request.Title.Trim(),
            PeriodStart = request.PeriodStart!.Value,
            PeriodEnd = request.PeriodEnd!.Value,
            CreatedAt = time.GetUtcNow(),
        };
        db.Menus.Add(menu);
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(menu.Id, ct);
    }
}
