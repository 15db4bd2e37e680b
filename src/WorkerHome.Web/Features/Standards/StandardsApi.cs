using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

public static class StandardsApi
{
    public static IServiceCollection AddStandardsFeature(this IServiceCollection services) => services
        .AddScoped<StandardQueries>()
        .AddScoped<StandardRules>()
        .AddScoped<SiteAccessFinder>()
        .AddScoped<ListStandards>()
        .AddScoped<GetStandard>()
        .AddScoped<CreateStandard>()
        .AddScoped<UpdateStandard>()
        .AddScoped<SetStandardActive>()
        .AddScoped<AssessSite>()
        .AddScoped<ListSiteAssessments>()
        .AddScoped<GetStandardCheck>();

    public static IEndpointRouteBuilder MapStandardsApi(this IEndpointRouteBuilder app)
    {
        var standards = app.MapGroup("/api/standards").WithTags("建设标准")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        standards.MapGet("/", List).WithSummary("建设标准列表（本级及下级制定的，以及上级制定、适用于本级的）");
        standards.MapGet("/{id:int}", Get).WithSummary("建设标准详情（含检查项）").ProducesProblem(404);
        standards.MapPost("/", Create).WithSummary("新建建设标准（市级或县区级工会制定；新建后为未启用）").ProducesProblem(400);
        standards.MapPut("/{id:int}", Update).WithSummary("修改建设标准（需提供版本号；检查项整体替换，带 id 的保留）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        standards.MapPost("/{id:int}/activate", Activate).WithSummary("启用建设标准（同一工会同形态同级别的其他标准同时停用）")
            .ProducesProblem(404).ProducesProblem(409);
        standards.MapPost("/{id:int}/deactivate", Deactivate).WithSummary("停用建设标准").ProducesProblem(404).ProducesProblem(409);

        var sites = app.MapGroup("/api/sites/{id:int}").WithTags("建设标准")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        sites.MapPost("/assessments", Assess).WithSummary("阵地对照建设标准评分（自评由本级，检查评分由上级工会）")
            .ProducesProblem(400).ProducesProblem(409);
        sites.MapGet("/assessments", Assessments).WithSummary("阵地的评分记录");
        sites.MapGet("/standard-check", Check).WithSummary("阵地建设标准达标情况（适用标准、最近评分、未达标项）");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<StandardSummary>>> List([AsParameters] StandardFilter filter, ListStandards handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(filter, ct));

    private static async Task<Results<Ok<StandardDetail>, ProblemHttpResult>> Get(int id, GetStandard handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<StandardDetail>, ProblemHttpResult>> Create(StandardInput input, CreateStandard handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(s => TypedResults.Created($"/api/standards/{s.Summary.Id}", s));

    private static async Task<Results<Ok<StandardDetail>, ProblemHttpResult>> Update(int id, StandardInput input, UpdateStandard handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<StandardDetail>, ProblemHttpResult>> Activate(int id, SetStandardActive handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, true, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<StandardDetail>, ProblemHttpResult>> Deactivate(int id, SetStandardActive handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, false, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<AssessmentView>, ProblemHttpResult>> Assess(int id, AssessSiteRequest request, AssessSite handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(a => TypedResults.Created($"/api/sites/{id}/assessments", a));

    private static async Task<Results<Ok<IReadOnlyList<AssessmentView>>, ProblemHttpResult>> Assessments(int id, ListSiteAssessments handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<StandardCheck>, ProblemHttpResult>> Check(int id, GetStandardCheck handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);
}
