using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Feedback;

public static class FeedbackProblems
{
    public static readonly AppProblem SessionNotFound = new("session_not_found", "未找到该场次", 404);
    public static readonly AppProblem NotAnAttendee = new("not_an_attendee", "只有签到参加的职工才能评价该场次", 403);
    public static readonly AppProblem SessionNotEnded = new("session_not_ended", "场次结束后才能评价", 409);
    public static readonly AppProblem FeedbackClosed = new("feedback_closed", "已超过评价期限", 409);
    public static readonly AppProblem AlreadyGiven = new("feedback_already_given", "您已评价过该场次", 409);
    public static readonly AppProblem SessionCancelled = new("session_cancelled", "该场次已取消，不能评价", 409);
    public static readonly AppProblem OutOfScope = new("feedback_out_of_scope", "该评价不在您的管理范围内", 403);
    public static readonly AppProblem SessionOutOfScope = new("session_out_of_scope", "该场次不在您的管理范围内", 403);
    public static readonly AppProblem NotFound = new("feedback_not_found", "未找到该评价", 404);
    public static readonly AppProblem NotLow = new("feedback_not_low", "该评价不是差评，无需回访", 409);
    public static readonly AppProblem FollowUpDone = new("follow_up_done", "该评价已回访", 409);
    public static readonly AppProblem NoApprovedComment = new("comment_not_approved", "该评价没有审核通过的留言，不能转为需求", 409);
    public static readonly AppProblem AlreadyNeed = new("feedback_already_need", "该留言已转为需求", 409);
    public static readonly AppProblem UnionNotFound = new("union_not_found", "未找到该工会", 404);
}
