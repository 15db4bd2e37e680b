namespace WorkerHome.Features.Menu;

public static class MenuApi
{
    public static IServiceCollection AddMenuFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapMenuApi(this IEndpointRouteBuilder app) => app;
}
