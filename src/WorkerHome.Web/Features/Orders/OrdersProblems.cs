using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Orders;

public static class OrdersProblems
{
    public static readonly AppProblem NotFound = new("order_not_found", "未找到该点单", 404);
    public static readonly AppProblem SessionNotFound = new("session_not_found", "未找到该场次", 404);
    public static readonly AppProblem SessionClosed = new("session_not_open", "该场次已开始、已取消或尚未发布，不能点单", 409);
    public static readonly AppProblem SessionStarted = new("session_started", "场次已开始，不能再取消", 409);
    public static readonly AppProblem LiveLimit = new("order_limit_reached", "您当前待参加的点单已达上限，请先取消不去的场次", 409);
    public static readonly AppProblem WaitlistLimit = new("waitlist_limit_reached", "您候补的场次已达上限，请先取消部分候补", 409);
    public static readonly AppProblem WorkerOutOfScope = new("worker_out_of_scope", "该职工不在您的管理范围内，不能代为点单", 403);
    public static readonly AppProblem WorkerNotFound = new("worker_not_found", "未找到该职工", 404);

    private static readonly AppProblem[] Known = [NotFound, SessionNotFound, SessionClosed, SessionStarted, LiveLimit, WaitlistLimit, SeatTurns.Busy];

    /// <summary>The sentence for a problem code carried back to a page in its address (the form posts redirect).</summary>
    public static string? TitleOf(string? code) =>
        code is null ? null : Known.FirstOrDefault(p => p.Code == code)?.Title ?? "操作没有完成，请稍后再试";
}
