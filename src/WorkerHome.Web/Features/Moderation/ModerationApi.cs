namespace WorkerHome.Features.Moderation;

public static class ModerationApi
{
    public static IServiceCollection AddModerationFeature(this IServiceCollection services) => services
        .AddScoped<TextScreen>()
        .AddScoped<HoldForReview>();

    public static IEndpointRouteBuilder MapModerationApi(this IEndpointRouteBuilder app) => app;
}
