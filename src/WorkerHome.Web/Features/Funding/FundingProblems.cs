using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Funding;

public static class FundingProblems
{
    public static readonly AppProblem DoesNotAddUp = new("funding_does_not_add_up", "经费来源合计与项目预算不一致", 409);
    public static readonly AppProblem RuleBroken = new("funding_rule_broken", "经费安排不符合配套比例规则", 409);
    public static readonly AppProblem RuleNotFound = new("funding_rule_not_found", "未找到该经费规则", 404);
    public static readonly AppProblem RuleOutOfScope = new("funding_rule_out_of_scope", "该经费规则不在您的管理范围内", 403);
    public static readonly AppProblem ProjectNotFound = new("project_not_found", "未找到该建设项目", 404);
    public static readonly AppProblem ProjectOutOfScope = new("project_out_of_scope", "该建设项目不在您的管理范围内", 403);
    public static readonly AppProblem LedgerLocked = new("funding_locked", "项目已申报，经费来源不能再修改", 409);
    public static readonly AppProblem LineNotFound = new("funding_line_not_found", "未找到该经费来源", 404);
    public static readonly AppProblem NotTheFunder = new("funding_line_out_of_scope", "只有出资工会的工作人员可以登记这笔经费的拨付", 403);
    public static readonly AppProblem NotSelected = new("payment_not_allowed", "项目尚未立项，不能拨付经费", 409);
    public static readonly AppProblem MilestoneNotDone = new("milestone_not_done", "该节点尚未完成，不能按此节点拨付", 409);
    public static readonly AppProblem ExceedsApproval = new("payment_exceeds_approval", "拨付金额超过该经费来源的批准余额", 409);
}
