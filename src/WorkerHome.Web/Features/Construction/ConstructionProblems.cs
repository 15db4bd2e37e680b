using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

public static class ConstructionProblems
{
    public static readonly AppProblem NotFound = new("project_not_found", "未找到该建设项目", 404);
    public static readonly AppProblem OutOfScope = new("project_out_of_scope", "该建设项目不在您的管理范围内", 403);
    public static readonly AppProblem NotReviewer = new("not_reviewer", "只有上级工会可以评审、立项和验收该项目", 403);
    public static readonly AppProblem WrongStage = new("project_wrong_stage", "项目当前所处阶段不能进行此操作", 409);
    public static readonly AppProblem NoReviewer = new("no_reviewer", "申报单位之上没有可评审该级别项目的工会", 409);
    public static readonly AppProblem NoPlan = new("no_plan", "评审工会还没有该年度的建设计划", 409);
    public static readonly AppProblem BudgetExceeded = new("budget_exceeded", "年度补贴预算余额不足，不能立项", 409);
    public static readonly AppProblem NotReady = new("project_not_ready", "项目材料不全，还不能提交", 409);
    public static readonly AppProblem MilestonesOpen = new("milestones_open", "还有未完成的节点，不能申请验收", 409);
    public static readonly AppProblem EvidenceMissing = new("evidence_missing", "请先上传该节点的佐证材料", 409);
    public static readonly AppProblem DocumentNotFound = new("document_not_found", "未找到该材料", 404);
    public static readonly AppProblem MilestoneNotFound = new("milestone_not_found", "未找到该节点", 404);
    public static readonly AppProblem SiteNameTaken = new("site_name_taken", "同一工会下已有同名阵地", 409);
    public static readonly AppProblem VersionRequired = CommonProblems.Field("version", "请提供编辑时的版本号 version，以免覆盖他人的修改");
}
