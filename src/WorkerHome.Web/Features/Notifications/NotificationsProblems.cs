using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Notifications;

public static class NotificationsProblems
{
    public static readonly AppProblem NotFound = new("notification_not_found", "未找到该消息", 404);
}
