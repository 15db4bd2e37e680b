using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Aid;

public static class AidProblems
{
    public static readonly AppProblem NotFound = new("aid_application_not_found", "未找到该帮扶申请", 404);
    public static readonly AppProblem Duplicate = new("duplicate_application", "该身份证号已有审核中或本年度已获批的帮扶申请", 409);
    public static readonly AppProblem WrongLevel = new("wrong_level", "该申请当前不在您可审核的层级", 409);
    public static readonly AppProblem NotReviewing = new("aid_not_reviewing", "该申请已审结，不能再审核", 409);
    public static readonly AppProblem BudgetExhausted = new("budget_exhausted", "本年度帮扶预算不足", 409);
    public static readonly AppProblem QuotaExhausted = new("quota_exhausted", "本年度帮扶名额已用完", 409);
    public static readonly AppProblem NoBudget = new("budget_not_set", "市级工会尚未设置本年度帮扶预算", 409);
    public static readonly AppProblem NotOnNotice = new("aid_not_on_notice", "该申请不在待发放状态", 409);
    public static readonly AppProblem NoticeNotOver = new("notice_not_over", "公示期未满，暂不能发放", 409);
    public static readonly AppProblem NotPaid = new("aid_not_paid", "该申请尚未发放，不能复核", 409);
    public static readonly AppProblem BudgetBelowUsed = new("budget_below_used", "预算或名额不能低于已使用的数额", 409);
    public static readonly AppProblem UnionNotFound = new("union_not_found", "未找到该工会", 404);
}
