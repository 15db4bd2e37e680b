using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

public static class TrainingProblems
{
    public static readonly AppProblem CourseNotFound = new("course_not_found", "未找到该培训课程", 404);
    public static readonly AppProblem SessionNotFound = new("training_session_not_found", "未找到该培训课次", 404);
    public static readonly AppProblem CourseFull = new("course_full", "该课程名额已满", 409);
    public static readonly AppProblem EnrolmentClosed = new("enrolment_closed", "该课程当前不在报名时间内", 409);
    public static readonly AppProblem AlreadyEnrolled = new("already_enrolled", "您已报名该课程", 409);
    public static readonly AppProblem EnrolmentNotFound = new("enrolment_not_found", "未找到该报名", 404);
    public static readonly AppProblem CourseStarted = new("course_started", "课程已开始，不能退出报名", 409);
    public static readonly AppProblem CourseNotEditable = new("course_not_editable", "已结业或已取消的课程不能修改", 409);
    public static readonly AppProblem StatusNotAllowed = new("course_status_not_allowed", "课程当前状态不允许此操作", 409);
    public static readonly AppProblem SessionHasAttendance = new("session_has_attendance", "该课次已有出勤记录，不能删除", 409);
    public static readonly AppProblem SessionNotStarted = new("session_not_started", "课次尚未开始，不能点名", 409);
    public static readonly AppProblem CertificateNotFound = new("certificate_not_found", "无此证书", 404);
    public static readonly AppProblem CertificateRevoked = new("certificate_revoked", "该证书已撤销", 409);
    public static readonly AppProblem PostingNotFound = new("job_posting_not_found", "未找到该招聘岗位", 404);
    public static readonly AppProblem PostingNotOpen = new("job_posting_not_open", "该岗位已不在招聘中", 409);
    public static readonly AppProblem OpeningsFilled = new("openings_filled", "该岗位已招满", 409);
    public static readonly AppProblem AlreadyReferred = new("already_referred", "该学员已推荐到这个岗位", 409);
    public static readonly AppProblem NotCompleted = new("trainee_not_completed", "只能推荐已结业的学员", 409);
    public static readonly AppProblem ReferralNotFound = new("referral_not_found", "未找到该推荐", 404);
    public static readonly AppProblem TransitionNotAllowed = new("referral_transition_not_allowed", "推荐当前状态不允许改为该状态", 409);
}
