namespace WorkerHome.Features.BattleMap;

public static class BattleMapApi
{
    public static IServiceCollection AddBattleMapFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapBattleMapApi(this IEndpointRouteBuilder app) => app;
}
