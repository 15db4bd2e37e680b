using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Caching;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sites;

public static class SitesApi
{
    public static IServiceCollection AddSitesFeature(this IServiceCollection services) => services
        .AddScoped<LocateRegion>()
        .AddScoped<SiteSummaries>()
        .AddScoped<SiteRules>()
        .AddScoped<SearchSites>()
        .AddScoped<GetSite>()
        .AddScoped<LoadSiteInput>()
        .AddScoped<CreateSite>()
        .AddScoped<UpdateSite>()
        .AddScoped<DeleteSite>()
        .AddScoped<ExportSites>()
        .AddScoped<ImportSites>()
        .AddScoped<ListFunctionAreas>()
        .AddScoped<SaveFunctionArea>();

    public static IEndpointRouteBuilder MapSitesApi(this IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites").WithTags("阵地");
        sites.MapGet("/", Search).WithSummary("查询阵地（筛选、分页、按距离排序；scope=managed 为工作人员视图）").ProducesProblem(400).ProducesProblem(403)
            .CachedForEveryone();
        sites.MapGet("/{id:int}", Get).WithSummary("阵地详情").ProducesProblem(404).CachedForEveryone();

        var staff = sites.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/", Create).WithSummary("新建阵地（限本级及下级工会）").ProducesProblem(400).ProducesProblem(409);
        staff.MapPut("/{id:int}", Update).WithSummary("修改阵地（需提供版本号）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapDelete("/{id:int}", Delete).WithSummary("删除阵地").ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/export", Export).WithSummary("导出阵地 Excel（与列表筛选条件相同）").Produces(200, contentType: ExcelFiles.ContentType);
        staff.MapGet("/import/template", Template).WithSummary("下载阵地导入模板").Produces(200, contentType: ExcelFiles.ContentType);
        staff.MapPost("/import", Import).WithSummary("导入阵地 Excel（dryRun=true 只检查；有错误时不导入任何一行）")
            .DisableAntiforgery().ProducesProblem(400);

        var areas = app.MapGroup("/api/function-areas").WithTags("功能区字典");
        areas.MapGet("/", ListAreas).WithSummary("功能区字典");
        areas.MapPost("/", CreateArea).WithSummary("新增功能区").RequireAuthorization(AppAuth.DictionaryPolicy)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        areas.MapPut("/{id:int}", UpdateArea).WithSummary("修改功能区").RequireAuthorization(AppAuth.DictionaryPolicy)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Results<Ok<PagedList<SiteSummary>>, ProblemHttpResult>> Search([AsParameters] SiteSearch search, SearchSites handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<SiteDetail>, ProblemHttpResult>> Get(int id, GetSite handler, CancellationToken ct,
        string? near = null, string? coord = null)
    {
        GeoPoint? point = null;
        if (near is not null)
        {
            if (!GeoPoint.TryParse(near, out var parsed))
            {
                return CommonProblems.Field("near", "位置格式应为“纬度,经度”").ToHttpResult();
            }
            point = string.Equals(coord, "gcj02", StringComparison.OrdinalIgnoreCase) ? ChinaCoordinates.Gcj02ToWgs84(parsed) : parsed;
        }
        return (await handler.HandleAsync(id, point, ct)).ToResult(TypedResults.Ok);
    }

    private static async Task<Results<Created<SiteDetail>, ProblemHttpResult>> Create(SiteInput input, CreateSite handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(site => TypedResults.Created($"/api/sites/{site.Summary.Id}", site));

    private static async Task<Results<Ok<SiteDetail>, ProblemHttpResult>> Update(int id, SiteInput input, UpdateSite handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, DeleteSite handler, CancellationToken ct, int? version = null) =>
        (await handler.HandleAsync(id, version, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export([AsParameters] SiteSearch search, ExportSites handler, TimeProvider time, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(bytes => TypedResults.File(bytes, ExcelFiles.ContentType,
            $"阵地_{Infrastructure.Time.ChinaTime.LocalNow(time):yyyyMMdd_HHmm}.xlsx"));

    private static FileContentHttpResult Template() =>
        TypedResults.File(ExportSites.Template(), ExcelFiles.ContentType, "阵地导入模板.xlsx");

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> Import(IFormFile? file, ImportSites handler, CancellationToken ct, bool dryRun = false)
    {
        if (file is null || file.Length == 0)
        {
            return SitesProblems.ImportFileInvalid.WithError("file", "请选择要导入的 Excel 文件").ToHttpResult();
        }
        await using var stream = file.OpenReadStream();
        return (await handler.HandleAsync(stream, dryRun, ct)).ToResult(TypedResults.Ok);
    }

    private static async Task<Ok<IReadOnlyList<FunctionAreaItem>>> ListAreas(ListFunctionAreas handler, CancellationToken ct, bool includeInactive = false) =>
        TypedResults.Ok(await handler.HandleAsync(includeInactive, ct));

    private static async Task<Results<Created<FunctionAreaItem>, ProblemHttpResult>> CreateArea(FunctionAreaInput input, SaveFunctionArea handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, input, ct)).ToResult(area => TypedResults.Created($"/api/function-areas/{area.Id}", area));

    private static async Task<Results<Ok<FunctionAreaItem>, ProblemHttpResult>> UpdateArea(int id, FunctionAreaInput input, SaveFunctionArea handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);
}
