using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sessions;

public static class SessionsProblems
{
    public static readonly AppProblem NotFound = new("session_not_found", "未找到该场次", 404);
    public static readonly AppProblem ItemNotFound = new("menu_item_not_found", "未找到该服务项目", 404);
    public static readonly AppProblem OutOfScope = new("session_out_of_scope", "该场次不在您的管理范围内", 403);
    public static readonly AppProblem MenuClosed = new("menu_closed", "该菜单已结束，不能再排期", 409);
    public static readonly AppProblem InThePast = new("session_in_the_past", "开始时间已过，不能安排或修改", 409);
    public static readonly AppProblem AlreadyCancelled = new("session_cancelled", "该场次已取消", 409);
    public static readonly AppProblem CapacityBelowConfirmed = new("capacity_below_confirmed", "名额不能少于已确认的人数", 409);
    public static readonly AppProblem SiteNotFound = new("site_not_found", "未找到该阵地", 404);
    public static readonly AppProblem NothingToSchedule = new("series_empty", "按所选规则没有可以开课的日期", 400);
}
