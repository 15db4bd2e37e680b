using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Menu;

/// <summary>The rules for a menu's own fields, shared by create and update.</summary>
internal static class MenuRules
{
    public const int MaxTitleLength = 100;

    /// <summary>A menu covers a period such as a month or a quarter; a year is the longest that makes sense.</summary>
    public const int MaxPeriodDays = 366;

    public static AppProblem? Check(string? title, DateOnly? start, DateOnly? end)
    {
        var problem = CommonProblems.Validation;
        if (string.IsNullOrWhiteSpace(title))
        {
            problem = problem.WithError("title", "请填写菜单名称");
        }
        else if (title.Trim().Length > MaxTitleLength)
        {
            problem = problem.WithError("title", "菜单名称不能超过100个字");
        }
        if (start is null)
        {
            problem = problem.WithError("periodStart", "请填写开始日期");
        }
        if (end is null)
        {
            problem = problem.WithError("periodEnd", "请填写结束日期");
        }
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                problem = problem.WithError("periodEnd", "结束日期不能早于开始日期");
            }
            else if (e.DayNumber - s.DayNumber >= MaxPeriodDays)
            {
                problem = problem.WithError("periodEnd", "菜单周期不能超过一年");
            }
        }
        return problem.Errors is { Count: > 0 } ? problem : null;
    }
}
