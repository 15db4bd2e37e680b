namespace WorkerHome.Features.Planning;

public static class PlanningApi
{
    public static IServiceCollection AddPlanningFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapPlanningApi(this IEndpointRouteBuilder app) => app;
}
