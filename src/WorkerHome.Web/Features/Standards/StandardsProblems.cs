using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

public static class StandardsProblems
{
    public static readonly AppProblem NotFound = new("standard_not_found", "未找到该建设标准", 404);
    public static readonly AppProblem OutOfScope = new("standard_out_of_scope", "该建设标准由上级工会制定，您只能查看", 403);
    public static readonly AppProblem AlreadyActive = new("standard_already_active", "同一工会的该形态和级别已有启用中的建设标准", 409);
    public static readonly AppProblem VersionRequired = CommonProblems.Field("version", "请提供编辑时的版本号 version，以免覆盖他人的修改");
    public static readonly AppProblem InspectionByLevelAbove = new("inspection_by_level_above", "检查评分须由阵地所属工会的上级工会进行", 403);
    public static readonly AppProblem AssessmentOutOfScope = new("assessment_out_of_scope", "该阵地不在您的管理范围内", 403);
}
