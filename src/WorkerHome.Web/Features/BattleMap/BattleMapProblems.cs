using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.BattleMap;

public static class BattleMapProblems
{
    public static readonly AppProblem CityNotFound = new("city_not_found", "未找到可查看排名的市级工会", 404);
    public static readonly AppProblem YearOutOfRange = CommonProblems.Field("year", "年度应在 2000 到 2100 之间");
}
