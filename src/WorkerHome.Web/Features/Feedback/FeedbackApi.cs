namespace WorkerHome.Features.Feedback;

public static class FeedbackApi
{
    public static IServiceCollection AddFeedbackFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app) => app;
}
