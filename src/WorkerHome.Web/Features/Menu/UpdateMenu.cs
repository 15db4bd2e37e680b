using System.ComponentModel.DataAnnotations;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>A menu's title and period.</summary>
public sealed record UpdateMenuRequest
{
    /// <summary>The menu's name.</summary>
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

/// <summary>Staff rename a menu or change its period, while it is a draft or published (a closed menu is history).</summary>
public sealed class UpdateMenu(AppDbContext db, MenuAccess access, GetManagedMenu get)
{
    public async Task<Outcome<ManagedMenu>> HandleAsync(int id, UpdateMenuRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await access.MenuAsync(id, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var menu = found.Value;
        if (menu.Status == MenuStatus.Closed)
        {
            return MenuProblems.Closed;
        }
        if (MenuRules.Check(request.Title, request.PeriodStart, request.PeriodEnd) is { } invalid)
        {
            return invalid;
        }
        menu.Title = request.Title.Trim();
        menu.PeriodStart = request.PeriodStart!.Value;
        menu.PeriodEnd = request.PeriodEnd!.Value;
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(id, ct);
    }
}
