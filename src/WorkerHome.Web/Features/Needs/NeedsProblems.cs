using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

public static class NeedsProblems
{
    public static readonly AppProblem NotFound = new("need_not_found", "未找到该需求", 404);
    public static readonly AppProblem RegionNotServed = new("region_not_served", "该地区暂未开通服务", 400);
    public static readonly AppProblem MeTooOwnNeed = new("me_too_own_need", "不能对自己提的需求点“我也需要”", 409);
    public static readonly AppProblem GroupNotFound = new("need_group_not_found", "未找到该需求组", 404);
    public static readonly AppProblem GroupOutOfScope = new("need_group_out_of_scope", "该需求组不在您的管理范围内", 403);
    public static readonly AppProblem GroupMerged = new("need_group_merged", "该需求组已合并到其他组", 409);
    public static readonly AppProblem GroupCategoryMismatch = new("need_group_category_mismatch", "只能合并同一类别的需求组", 409);
    public static readonly AppProblem SurveyNotFound = new("survey_not_found", "未找到该需求调查", 404);
    public static readonly AppProblem SurveyOutOfScope = new("survey_out_of_scope", "该需求调查不在您的管理范围内", 403);
    public static readonly AppProblem SurveyNotOpen = new("survey_not_open", "该需求调查不在开放期内", 409);
    public static readonly AppProblem SurveyNotForYou = new("survey_not_for_you", "该需求调查不面向您所在的工会", 403);
    public static readonly AppProblem SurveyAlreadyAnswered = new("survey_already_answered", "您已经填过这份调查问卷", 409);
    public static readonly AppProblem UnionOutOfScope = new("union_out_of_scope", "该工会不在您的管理范围内", 403);
}
