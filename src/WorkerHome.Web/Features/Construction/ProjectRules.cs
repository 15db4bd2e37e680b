using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>The business rules of a project's own fields, for the API (after annotations) and the console form alike.</summary>
public static class ProjectRules
{
    public static AppProblem? Check(ProjectFields input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = CommonProblems.Validation;
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            problem = problem.WithError("name", "请填写项目名称");
        }
        if (input.Year is < 2000 or > 2100)
        {
            problem = problem.WithError("year", "年度应在 2000 到 2100 之间");
        }
        if (input.Form is not { } form || !Enum.IsDefined(form))
        {
            problem = problem.WithError("form", "请选择阵地形态（主体、共享、流动）");
        }
        if (input.Rating is not { } rating || !Enum.IsDefined(rating))
        {
            problem = problem.WithError("rating", "请选择申报级别（省级、市级、县级）");
        }
        if (input.BudgetFen < 0)
        {
            problem = problem.WithError("budgetFen", "项目预算不能为负数");
        }
        if (input.RequestedSubsidyFen < 0)
        {
            problem = problem.WithError("requestedSubsidyFen", "申请补贴不能为负数");
        }
        else if (input.RequestedSubsidyFen > input.BudgetFen)
        {
            problem = problem.WithError("requestedSubsidyFen", "申请补贴不能超过项目预算");
        }
        return problem.Errors is { Count: > 0 } ? problem : null;
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
