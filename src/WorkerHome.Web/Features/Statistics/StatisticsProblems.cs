using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Statistics;

public static class StatisticsProblems
{
    public static readonly AppProblem UnionNotFound = new("statistics_union_not_found", "未找到该工会，或不在您的管理范围内", 404);
}
