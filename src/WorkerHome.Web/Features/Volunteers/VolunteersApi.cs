namespace WorkerHome.Features.Volunteers;

public static class VolunteersApi
{
    public static IServiceCollection AddVolunteersFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapVolunteersApi(this IEndpointRouteBuilder app) => app;
}
