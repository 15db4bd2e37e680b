namespace WorkerHome.Features.ChildCare;

/// <summary>幼儿托管与妈咪宝贝屋.</summary>
public static class ChildCareApi
{
    public static IServiceCollection AddChildCareFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapChildCareApi(this IEndpointRouteBuilder app) => app;
}
