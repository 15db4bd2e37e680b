using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

public static class PlanningProblems
{
    public static readonly AppProblem PlanNotFound = new("plan_not_found", "未找到该建设计划", 404);
    public static readonly AppProblem PlanOutOfScope = new("plan_out_of_scope", "该建设计划不在您的管理范围内", 403);
    public static readonly AppProblem PlanExists = new("plan_exists", "该工会该年度已有建设计划", 409);
    public static readonly AppProblem BudgetBelowCommitted = new("budget_below_committed", "预算不能低于已立项补贴", 409);
    public static readonly AppProblem ImportFileInvalid = new("import_file_invalid", "导入文件无效", 400);
    public static readonly AppProblem ImportRejected = new("import_rejected", "导入文件有错误，未导入任何数据", 400);
    public static readonly AppProblem TownshipNotFound = new("township_not_found", "未找到该乡镇（街道）", 404);
    public static readonly AppProblem TownshipOutOfScope = new("township_out_of_scope", "该乡镇（街道）不在您的管理范围内", 403);
}
