namespace WorkerHome.Features.Dispatch;

public static class DispatchApi
{
    public static IServiceCollection AddDispatchFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDispatchApi(this IEndpointRouteBuilder app) => app;
}
