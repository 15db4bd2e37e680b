namespace WorkerHome.Features.Construction;

public static class ConstructionApi
{
    public static IServiceCollection AddConstructionFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapConstructionApi(this IEndpointRouteBuilder app) => app;
}
