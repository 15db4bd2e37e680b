using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

public static class RightsCasesProblems
{
    public static readonly AppProblem NotFound = new("rights_case_not_found", "未找到该维权诉求", 404);
    public static readonly AppProblem Closed = new("rights_case_closed", "该维权诉求已办结，不能再更改", 409);
    public static readonly AppProblem NotClosed = new("rights_case_not_closed", "维权诉求办结后才能评价", 409);
    public static readonly AppProblem AlreadyRated = new("rights_case_rated", "您已评价过该维权诉求", 409);
    public static readonly AppProblem NoParent = new("no_parent_union", "该工会没有上级工会，不能再上报", 409);
    public static readonly AppProblem NotAVolunteer = new("not_a_legal_volunteer", "只有已认证的法律志愿者可以进行此操作", 403);
    public static readonly AppProblem NumberTaken = new("case_number_taken", "案件编号冲突，请重试", 409);
    public static readonly AppProblem DocumentNotFound = new("rights_document_not_found", "未找到该材料", 404);
}
