namespace WorkerHome.Features.Training;

/// <summary>技能培训与就业推荐.</summary>
public static class TrainingApi
{
    public static IServiceCollection AddTrainingFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app) => app;
}
