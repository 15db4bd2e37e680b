using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Membership;

public static class MembershipProblems
{
    public static readonly AppProblem ApplicationNotFound = new("membership_application_not_found", "未找到该入会申请", 404);
    public static readonly AppProblem MemberNotFound = new("member_not_found", "未找到该会员", 404);
    public static readonly AppProblem ApplicationOpen = new("application_open", "您已有一份待审核的入会申请", 409);
    public static readonly AppProblem AlreadyMember = new("already_member", "您已是工会会员", 409);
    public static readonly AppProblem IdNumberInUse = new("id_number_in_use", "该身份证号已被其他会员或入会申请使用", 409);
    public static readonly AppProblem AlreadyDecided = new("application_decided", "该申请已审核，不能重复审核", 409);
    public static readonly AppProblem MemberMoved = new("member_moved", "会员所在工会已变更，请刷新后重试", 409);
    public static readonly AppProblem SameUnion = new("transfer_same_union", "会员已在该工会", 409);
}
