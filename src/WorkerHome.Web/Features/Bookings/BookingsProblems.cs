using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

public static class BookingsProblems
{
    public static readonly AppProblem RoomNotFound = new("room_not_found", "未找到该场地", 404);
    public static readonly AppProblem RoomNameTaken = new("room_name_taken", "该阵地已有同名场地", 409);
    public static readonly AppProblem RoomInactive = new("room_inactive", "该场地已停用，暂不接受预约", 409);
    public static readonly AppProblem SiteNotOperating = new("site_not_operating", "该阵地目前不在运营，暂不接受预约", 409);
    public static readonly AppProblem OutsideOpeningHours = new("outside_opening_hours", "所选时间不在阵地开放时段内", 400);
    public static readonly AppProblem SlotTaken = new("slot_taken", "所选时段已被预约", 409);
    public static readonly AppProblem TooSoon = new("booking_too_soon", "预约时间太近，请提前预约", 400);
    public static readonly AppProblem TooFar = new("booking_too_far", "预约日期太远，暂不能预约", 400);
    public static readonly AppProblem WeeklyLimit = new("weekly_limit_reached", "本周预约次数已达上限", 409);
    public static readonly AppProblem OverCapacity = new("over_capacity", "人数超过场地容量", 400);
    public static readonly AppProblem BookingNotFound = new("booking_not_found", "未找到该预约", 404);
    public static readonly AppProblem NotCancellable = new("booking_not_cancellable", "该预约已开始或已结束，不能取消", 409);
    public static readonly AppProblem NotPending = new("booking_not_pending", "该预约不在待审核状态", 409);
    public static readonly AppProblem CheckInClosed = new("check_in_closed", "不在签到时间内（开始前 15 分钟至开始后宽限期结束）", 409);
    public static readonly AppProblem CheckInTokenInvalid = new("check_in_token_invalid", "签到码无效或已过期", 400);
    public static readonly AppProblem NothingToCheckIn = new("no_booking_to_check_in", "您今天在该场地没有可签到的预约", 404);
    public static readonly AppProblem SeriesNotFound = new("series_not_found", "未找到该周期预约", 404);
    public static readonly AppProblem SeriesAllClashed = new("series_all_clashed", "周期内所有时段都无法预约，未保存", 409);
}
