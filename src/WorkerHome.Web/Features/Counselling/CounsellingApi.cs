namespace WorkerHome.Features.Counselling;

/// <summary>心理驿站.</summary>
public static class CounsellingApi
{
    public static IServiceCollection AddCounsellingFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCounsellingApi(this IEndpointRouteBuilder app) => app;
}
