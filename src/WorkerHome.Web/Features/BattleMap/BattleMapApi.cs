using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.BattleMap;

public static class BattleMapApi
{
    public static IServiceCollection AddBattleMapFeature(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        return services
            .AddScoped<BattleMapScope>()
            .AddScoped<GetBoard>()
            .AddScoped<GetPoints>()
            .AddScoped<GetRanking>();
    }

    public static IEndpointRouteBuilder MapBattleMapApi(this IEndpointRouteBuilder app)
    {
        var map = app.MapGroup("/api/battle-map").WithTags("挂图作战")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
        map.MapGet("/board", Board).WithSummary("进度看板：本级及下级的建设项目按阶段分列（含逾期节点数）");
        map.MapGet("/points", Points).WithSummary("地图点位：阵地和建设项目（WGS-84 坐标）");
        map.MapGet("/ranking", Ranking).WithSummary("县区排名：按市级年度计划完成率排名").ProducesProblem(404);
        return app;
    }

    private static async Task<Results<Ok<BattleBoard>, ProblemHttpResult>> Board([AsParameters] BattleMapFilter filter, GetBoard handler, CancellationToken ct) =>
        (await handler.HandleAsync(filter, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MapPoints>, ProblemHttpResult>> Points([AsParameters] BattleMapFilter filter, GetPoints handler, CancellationToken ct) =>
        (await handler.HandleAsync(filter, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CountyRanking>, ProblemHttpResult>> Ranking([AsParameters] RankingFilter filter, GetRanking handler, CancellationToken ct) =>
        (await handler.HandleAsync(filter, ct)).ToResult(TypedResults.Ok);
}
