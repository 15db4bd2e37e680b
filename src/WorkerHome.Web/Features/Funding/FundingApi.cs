namespace WorkerHome.Features.Funding;

public static class FundingApi
{
    public static IServiceCollection AddFundingFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapFundingApi(this IEndpointRouteBuilder app) => app;
}
