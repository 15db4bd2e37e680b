using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

public static class VolunteersProblems
{
    public static readonly AppProblem NotFound = new("volunteer_not_found", "未找到该志愿者", 404);
    public static readonly AppProblem NotRegistered = new("volunteer_not_registered", "您还没有登记为志愿者", 404);
    public static readonly AppProblem AlreadyRegistered = new("volunteer_already_registered", "您已登记为志愿者，请勿重复登记", 409);
    public static readonly AppProblem NotPending = new("volunteer_not_pending", "只有待审核的志愿者可以审核", 409);
    public static readonly AppProblem NotVerified = new("volunteer_not_verified", "只有已认证的志愿者可以暂停", 409);
    public static readonly AppProblem NotSuspended = new("volunteer_not_suspended", "只有已暂停的志愿者可以恢复", 409);
    public static readonly AppProblem ReasonRequired = CommonProblems.Field("reason", "请填写原因");
    public static readonly AppProblem VersionRequired = CommonProblems.Field("version", "请提供编辑时的版本号 version，以免覆盖其他修改");
}
