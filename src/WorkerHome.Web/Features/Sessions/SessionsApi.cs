namespace WorkerHome.Features.Sessions;

public static class SessionsApi
{
    public static IServiceCollection AddSessionsFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app) => app;
}
