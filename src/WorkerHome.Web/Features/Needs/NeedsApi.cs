namespace WorkerHome.Features.Needs;

public static class NeedsApi
{
    public static IServiceCollection AddNeedsFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapNeedsApi(this IEndpointRouteBuilder app) => app;
}
