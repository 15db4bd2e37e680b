namespace WorkerHome.Features.Standards;

public static class StandardsApi
{
    public static IServiceCollection AddStandardsFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapStandardsApi(this IEndpointRouteBuilder app) => app;
}
