using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Unions;

public static class UnionsProblems
{
    public static readonly AppProblem NotFound = new("union_not_found", "未找到该工会组织", 404);
    public static readonly AppProblem OutOfScope = new("union_out_of_scope", "该工会组织不在您的管理范围内", 403);
    public static readonly AppProblem DuplicateName = new("union_name_taken", "同一上级下已有同名工会组织", 409);
    public static readonly AppProblem LevelOrder = new("union_level_invalid", "下级工会的层级必须低于上级", 400);
    public static readonly AppProblem RegionUnknown = new("region_not_found", "未找到该行政区划", 400);
}
