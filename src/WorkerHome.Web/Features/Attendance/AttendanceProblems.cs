using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Attendance;

public static class AttendanceProblems
{
    public static readonly AppProblem SessionNotFound = new("session_not_found", "未找到该场次", 404);
    public static readonly AppProblem OutOfScope = new("attendance_out_of_scope", "您不是该场次的工作人员或服务志愿者", 403);
    public static readonly AppProblem TokenInvalid = new("checkin_token_invalid", "签到码无效，请重新扫描现场的二维码", 400);
    public static readonly AppProblem TokenOfOtherSession = new("checkin_token_other_session", "这个签到码属于另一个场次", 403);
    public static readonly AppProblem NotOpen = new("checkin_not_open", "还没到签到时间，请在开始前半小时内签到", 409);
    public static readonly AppProblem Closed = new("checkin_closed", "签到已结束", 409);
    public static readonly AppProblem SessionCancelled = new("checkin_session_cancelled", "该场次已取消，无需签到", 409);
    public static readonly AppProblem NotOnline = new("session_not_online", "该场次不是线上课堂", 409);
    public static readonly AppProblem NoConfirmedOrder = new("no_confirmed_order", "您没有该场次已确认的点单，不能进入线上课堂", 403);
    public static readonly AppProblem WorkerNotFound = new("worker_not_found", "未找到该职工", 404);
    public static readonly AppProblem CheckInNotFound = new("checkin_not_found", "该职工还没有签到", 404);
    public static readonly AppProblem NotByHand = new("checkin_not_by_hand", "只能撤销人工签到，本人扫码或线上签到不能撤销", 409);

    private static readonly AppProblem[] Known =
        [SessionNotFound, OutOfScope, TokenInvalid, TokenOfOtherSession, NotOpen, Closed, SessionCancelled, NotOnline, NoConfirmedOrder];

    /// <summary>The sentence for a problem code carried back to a page in its address.</summary>
    public static string? TitleOf(string? code) =>
        code is null ? null : Known.FirstOrDefault(p => p.Code == code)?.Title ?? "操作没有完成，请稍后再试";
}
