using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

public static class DispatchProblems
{
    public static readonly AppProblem NotFound = new("dispatch_not_found", "未找到该派单", 404);
    public static readonly AppProblem SessionNotFound = new("session_not_found", "未找到该场次", 404);
    public static readonly AppProblem GroupNotFound = new("need_group_not_found", "未找到该需求组", 404);
    public static readonly AppProblem OutOfScope = new("dispatch_out_of_scope", "该场次或需求组不在您的管理范围内", 403);
    public static readonly AppProblem AlreadyDispatched = new("dispatch_exists", "该场次或需求组已有进行中的派单", 409);
    public static readonly AppProblem SessionClosed = new("session_closed", "该场次已取消或已结束，不能派单", 409);
    public static readonly AppProblem NotOpen = new("dispatch_closed", "该派单已接单或已撤销", 409);
    public static readonly AppProblem AlreadyCancelled = new("dispatch_cancelled", "该派单已撤销", 409);
    public static readonly AppProblem NotAVolunteer = new("not_a_volunteer", "您还不是已认证的志愿者", 403);
    public static readonly AppProblem OfferNotFound = new("offer_not_found", "未找到派给您的这张单", 404);
    public static readonly AppProblem Taken = new("dispatch_taken", "该派单已由其他志愿者承接", 409);
    public static readonly AppProblem OfferExpired = new("offer_expired", "答复期限已过，不能再接单", 409);
    public static readonly AppProblem OfferClosed = new("offer_closed", "您已答复过这张单，或它已被收回", 409);
    public static readonly AppProblem Overlap = new("session_overlap", "您在该时段已承接其他场次，不能重复接单", 409);
    public static readonly AppProblem LoadFull = new("volunteer_load_full", "您当月承接的场次已达上限", 409);

    private static readonly AppProblem[] Known =
        [NotFound, SessionClosed, NotAVolunteer, OfferNotFound, Taken, OfferExpired, OfferClosed, Overlap, LoadFull, NotOpen, AlreadyCancelled];

    /// <summary>The sentence for a problem code carried back to a page in its address (the form posts redirect).</summary>
    public static string? TitleOf(string? code) =>
        code is null ? null : Known.FirstOrDefault(p => p.Code == code)?.Title ?? "操作没有完成，请稍后再试";
}
