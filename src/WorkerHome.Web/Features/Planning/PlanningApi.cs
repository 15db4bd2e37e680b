using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

public static class PlanningApi
{
    public static IServiceCollection AddPlanningFeature(this IServiceCollection services)
    {
        services.AddOptions<CoverageOptions>().BindConfiguration(CoverageOptions.Section)
            .Validate(o => o.ThresholdKm is >= CoverageOptions.MinThresholdKm and <= CoverageOptions.MaxThresholdKm,
                "Coverage:ThresholdKm must be between 0.5 and 50 km.")
            .ValidateOnStart();
        return services
            .AddScoped<PlanAccess>()
            .AddScoped<ListPlans>()
            .AddScoped<CreatePlan>()
            .AddScoped<UpdatePlan>()
            .AddScoped<GetPlanTable>()
            .AddScoped<SavePlanTargets>()
            .AddScoped<ExportPlan>()
            .AddScoped<ImportPlanTargets>()
            .AddScoped<CoverageArea>()
            .AddScoped<ListTownshipCoverage>()
            .AddScoped<SuggestSites>()
            .AddScoped<UpdateTownshipProfile>()
            .AddScoped<ExportCoverage>();
    }

    public static IEndpointRouteBuilder MapPlanningApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("年度建设计划").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        plans.MapGet("/", List).WithSummary("建设计划列表（本级、下级及上级面向本县区的计划）");
        plans.MapPost("/", Create).WithSummary("新建年度建设计划（市级或县区级工会，每年一个）").ProducesProblem(400).ProducesProblem(409);
        plans.MapPut("/{id:int}", Update).WithSummary("修改建设计划（需提供版本号；预算不能低于已立项补贴）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        plans.MapGet("/{id:int}/table", Table).WithSummary("年度建设计划表：县区 × 形态·级别的目标、申报、立项、验收和完成率").ProducesProblem(404);
        plans.MapPut("/{id:int}/targets", Targets).WithSummary("保存建设目标（整表替换；仅计划所属工会及上级）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        plans.MapGet("/{id:int}/template.xlsx", Template).WithSummary("下载建设目标模板（预填当前目标）").Produces(200, contentType: ExcelFiles.ContentType).ProducesProblem(404);
        plans.MapGet("/{id:int}/export.xlsx", Export).WithSummary("导出建设计划表（目标和完成进度）").Produces(200, contentType: ExcelFiles.ContentType).ProducesProblem(404);
        plans.MapPost("/{id:int}/import", Import).WithSummary("导入建设目标 Excel（dryRun=true 只检查；有错误时不导入任何一行）")
            .DisableAntiforgery().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        var coverage = app.MapGroup("/api/coverage").WithTags("覆盖分析").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        coverage.MapGet("/townships", Townships).WithSummary("各乡镇（街道）到最近运营中共享阵地的距离与覆盖情况").ProducesProblem(400);
        coverage.MapGet("/townships/export.xlsx", ExportTownships).WithSummary("导出覆盖分析 Excel").Produces(200, contentType: ExcelFiles.ContentType).ProducesProblem(400);
        coverage.MapPut("/townships/{code}", UpdateTownship).WithSummary("修改乡镇（街道）的参考点和职工人数").ProducesProblem(400).ProducesProblem(404);
        coverage.MapGet("/suggestions", Suggestions).WithSummary("选址建议：接下来 N 个共享阵地建在哪里覆盖的职工最多（贪心最大覆盖）").ProducesProblem(400);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PlanSummary>>> List(ListPlans handler, CancellationToken ct, int? year = null) =>
        TypedResults.Ok(await handler.HandleAsync(year, ct));

    private static async Task<Results<Created<PlanSummary>, ProblemHttpResult>> Create(PlanInput input, CreatePlan handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(plan => TypedResults.Created($"/api/plans/{plan.Id}", plan));

    private static async Task<Results<Ok<PlanSummary>, ProblemHttpResult>> Update(int id, PlanUpdate input, UpdatePlan handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PlanTable>, ProblemHttpResult>> Table(int id, GetPlanTable handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PlanTable>, ProblemHttpResult>> Targets(int id, PlanTargetsInput input, SavePlanTargets handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Template(int id, ExportPlan handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, templateOnly: true, ct)).ToResult(file => TypedResults.File(file.Content, ExcelFiles.ContentType, file.FileName));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(int id, ExportPlan handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, templateOnly: false, ct)).ToResult(file => TypedResults.File(file.Content, ExcelFiles.ContentType, file.FileName));

    private static async Task<Results<Ok<PlanImportReport>, ProblemHttpResult>> Import(int id, IFormFile? file, ImportPlanTargets handler, CancellationToken ct, bool dryRun = false)
    {
        if (file is null || file.Length == 0)
        {
            return PlanningProblems.ImportFileInvalid.WithError("file", "请选择要导入的 Excel 文件").ToHttpResult();
        }
        await using var stream = file.OpenReadStream();
        return (await handler.HandleAsync(id, stream, dryRun, ct)).ToResult(TypedResults.Ok);
    }

    private static async Task<Results<Ok<CoverageReport>, ProblemHttpResult>> Townships(ListTownshipCoverage handler, CancellationToken ct,
        string? county = null, double? thresholdKm = null) =>
        (await handler.HandleAsync(county, thresholdKm, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportTownships(ExportCoverage handler, TimeProvider time, CancellationToken ct,
        string? county = null, double? thresholdKm = null) =>
        (await handler.HandleAsync(county, thresholdKm, ct)).ToResult(bytes => TypedResults.File(bytes, ExcelFiles.ContentType,
            $"覆盖分析_{Infrastructure.Time.ChinaTime.LocalNow(time):yyyyMMdd_HHmm}.xlsx"));

    private static async Task<Results<Ok<TownshipProfileInput>, ProblemHttpResult>> UpdateTownship(string code, TownshipProfileInput input,
        UpdateTownshipProfile handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CoverageSuggestion>, ProblemHttpResult>> Suggestions(SuggestSites handler, CancellationToken ct,
        string? county = null, int count = 3, double? thresholdKm = null) =>
        (await handler.HandleAsync(county, count, thresholdKm, ct)).ToResult(TypedResults.Ok);
}
