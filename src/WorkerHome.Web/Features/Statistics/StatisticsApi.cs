using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

using WorkerHome.Features.Statistics.Tallies;

namespace WorkerHome.Features.Statistics;

/// <summary>统计分析: read models over the other rooms' records.</summary>
public static class StatisticsApi
{
    public static IServiceCollection AddStatisticsFeature(this IServiceCollection services)
    {
        services.AddOptions<SeatSealOptions>().BindConfiguration(SeatSealOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize is >= 1 and <= 5000,
                "Statistics:SealSeats needs a positive Interval and a BatchSize between 1 and 5000.")
            .ValidateOnStart();
        services.AddSingleton<SealSessionSeats>();
        services.AddHostedService(sp => sp.GetRequiredService<SealSessionSeats>());
        return services.AddScoped<StatisticsTallies>().AddScoped<RebuildStatistics>().AddScoped<GetDashboard>().AddScoped<ExportDashboard>()
            .AddScoped<ListMonthlyResults>();
    }

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/console/statistics").WithTags("统计分析").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/dashboard", Dashboard).WithSummary("统计看板（本级及下级：阵地、覆盖、服务漏斗、满意度、月度趋势等）")
            .ProducesProblem(400).ProducesProblem(404);
        staff.MapGet("/dashboard.xlsx", Export).WithSummary("统计看板导出 Excel（每个板块一个工作表）")
            .Produces(200, contentType: ExcelFiles.ContentType).ProducesProblem(400).ProducesProblem(404);
        app.MapGet("/api/statistics/results", Results).WithTags("统计分析")
            .WithSummary("成果公示（公开）：某月各菜单项目的场次、点单、到场和评分，不含任何个人信息").ProducesProblem(400).ProducesProblem(404);
        return app;
    }

    private static async Task<Results<Ok<DashboardFigures>, ProblemHttpResult>> Dashboard([AsParameters] DashboardQuery query, GetDashboard handler, CancellationToken ct) =>
        (await handler.HandleAsync(query, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MonthlyResults>, ProblemHttpResult>> Results(string? month, int? union, ListMonthlyResults handler, CancellationToken ct) =>
        (await handler.HandleAsync(month, union, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export([AsParameters] DashboardQuery query, ExportDashboard handler, CancellationToken ct) =>
        (await handler.HandleAsync(query, ct)).ToResult(file => TypedResults.File(file.Content, ExcelFiles.ContentType, file.FileName));
}
