using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

public static class ChildCareProblems
{
    public static readonly AppProblem ClassNotFound = new("care_class_not_found", "未找到该托管班", 404);
    public static readonly AppProblem SiteNotFound = new("site_not_found", "未找到该阵地", 404);
    public static readonly AppProblem NotOpen = new("care_class_not_open", "该托管班当前不接受报名", 409);
    public static readonly AppProblem ChildAgeOutOfRange = new("child_age_out_of_range", "孩子年龄不符合该班要求", 400);
    public static readonly AppProblem ChildAlreadyEnrolled = new("child_already_enrolled", "该孩子已报名此托管班", 409);
    public static readonly AppProblem WaitlistFull = new("waitlist_full", "名额已满，候补名单也已满", 409);
    public static readonly AppProblem EnrolmentNotFound = new("care_enrolment_not_found", "未找到该报名", 404);
    public static readonly AppProblem EnrolmentEnded = new("care_enrolment_ended", "该报名已退出或已被移出", 409);
    public static readonly AppProblem ClassStarted = new("care_class_started", "托管班已开班，不能在线退出，请联系阵地工作人员", 409);
    public static readonly AppProblem StatusChangeNotAllowed = new("care_class_status_not_allowed", "托管班当前状态不能进行此操作", 409);
    public static readonly AppProblem CapacityBelowEnrolled = new("care_capacity_below_enrolled", "名额不能少于已录取人数", 409);
    public static readonly AppProblem NursingRoomNotFound = new("nursing_room_not_found", "未找到该妈咪宝贝屋", 404);
    public static readonly AppProblem NursingRoomClosed = new("nursing_room_closed", "妈咪宝贝屋当前未开放", 409);
    public static readonly AppProblem NursingRoomFull = new("nursing_room_full", "妈咪宝贝屋暂无空位，请稍候", 409);
    public static readonly AppProblem NursingRoomNameTaken = new("nursing_room_name_taken", "该阵地已有同名的妈咪宝贝屋", 409);
    public static readonly AppProblem NotUsingNursingRoom = new("nursing_room_not_in_use", "您当前没有在使用该妈咪宝贝屋", 409);
}
