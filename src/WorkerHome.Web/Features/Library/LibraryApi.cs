namespace WorkerHome.Features.Library;

/// <summary>职工书屋.</summary>
public static class LibraryApi
{
    public static IServiceCollection AddLibraryFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder app) => app;
}
