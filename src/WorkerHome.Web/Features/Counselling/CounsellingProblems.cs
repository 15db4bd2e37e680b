using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

public static class CounsellingProblems
{
    public static readonly AppProblem NotACounsellor = new("not_a_counsellor", "只有已认证的心理咨询师可以进行此操作", 403);
    public static readonly AppProblem SlotNotFound = new("slot_not_found", "未找到该咨询时段", 404);
    public static readonly AppProblem SlotOverlaps = new("slot_overlaps", "与您已发布的时段重叠", 409);
    public static readonly AppProblem SlotTaken = new("slot_taken", "该时段已被预约", 409);
    public static readonly AppProblem SlotClosed = new("slot_closed", "该时段已开始或已撤回，不能预约", 409);
    public static readonly AppProblem SlotBooked = new("slot_booked", "该时段已有人预约，不能撤回", 409);
    public static readonly AppProblem TooManyBookings = new("too_many_bookings", "您的待进行预约已达上限", 409);
    public static readonly AppProblem BookingNotFound = new("booking_not_found", "未找到该预约", 404);
    public static readonly AppProblem BookingClosed = new("booking_closed", "该预约已结束或已开始，不能再更改", 409);
    public static readonly AppProblem NotesPrivate = new("notes_private", "咨询内容仅由负责的咨询师查看", 403);
    public static readonly AppProblem NotYetStarted = new("session_not_started", "咨询开始后才能登记结果", 409);
}
