using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Regions;

public static class RegionsApi
{
    public static IServiceCollection AddRegionsFeature(this IServiceCollection services) =>
        services.AddScoped<ListRegions>();

    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var regions = app.MapGroup("/api/regions").WithTags("行政区划");
        regions.MapGet("/", List).WithSummary("查询行政区划（按上级代码或层级）");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<RegionItem>>, ProblemHttpResult>> List(
        string? parent, string? level, ListRegions handler, CancellationToken ct)
    {
        RegionLevel? parsed = null;
        if (!string.IsNullOrEmpty(level))
        {
            if (!Enum.TryParse<RegionLevel>(level, ignoreCase: true, out var value) || !Enum.IsDefined(value) || int.TryParse(level, out _))
            {
                return CommonProblems.Field("level", "层级应为 Province、City、County 或 Township").ToHttpResult();
            }
            parsed = value;
        }
        return TypedResults.Ok(await handler.HandleAsync(parent, parsed, ct));
    }
}
