using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sessions;

public static class SessionsApi
{
    public static IServiceCollection AddSessionsFeature(this IServiceCollection services) => services
        .AddScoped<SessionRules>()
        .AddScoped<SessionViews>()
        .AddScoped<GetSession>()
        .AddScoped<CreateSession>()
        .AddScoped<PlanSeries>()
        .AddScoped<UpdateSession>()
        .AddScoped<CancelSession>()
        .AddScoped<ListSessions>()
        .AddScoped<SessionRoster>();

    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("场次");
        sessions.MapGet("/{id:int}", Get).WithSummary("场次详情（含名额、已确认、候补人数）").ProducesProblem(404);

        var staff = sessions.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/", List).WithSummary("本级及下级工会的场次").ProducesProblem(400);
        staff.MapPost("/", Create).WithSummary("安排一个场次（北京时间）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/series/preview", Preview).WithSummary("预览每周系列场次（跳过法定节假日，遵循调休）").ProducesProblem(400);
        staff.MapPost("/series", CreateSeries).WithSummary("生成每周系列场次").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPut("/{id:int}", Update).WithSummary("修改场次名额或地点（增加名额会自动确认候补）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/{id:int}/cancel", Cancel).WithSummary("取消场次并通知已点单的职工").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/{id:int}/roster", Roster).WithSummary("场次名单（手机号已隐藏）").ProducesProblem(404);
        staff.MapGet("/{id:int}/roster.xlsx", RosterExcel).WithSummary("导出场次名单 Excel").Produces(200, contentType: ExcelFiles.ContentType).ProducesProblem(404);
        return app;
    }

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Get(int id, GetSession handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<SessionView>>, ProblemHttpResult>> List(ListSessions handler, CancellationToken ct,
        int? item = null, DateTimeOffset? from = null, DateTimeOffset? to = null, int page = 1, int pageSize = 50)
    {
        var problem = Paging.Check(page, pageSize);
        return problem is not null ? problem.ToHttpResult() : TypedResults.Ok(await handler.HandleAsync(item, from, to, page, pageSize, ct));
    }

    private static async Task<Results<Created<SessionView>, ProblemHttpResult>> Create(SessionInput input, CreateSession handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(s => TypedResults.Created($"/api/sessions/{s.Id}", s));

    private static async Task<Results<Ok<SeriesPlan>, ProblemHttpResult>> Preview(SeriesInput input, PlanSeries handler, CancellationToken ct) =>
        (await handler.PreviewAsync(input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<SeriesPlan>, ProblemHttpResult>> CreateSeries(SeriesInput input, PlanSeries handler, CancellationToken ct) =>
        (await handler.CreateAsync(input, ct)).ToResult(plan => TypedResults.Created($"/api/sessions?item={input.MenuItemId}", plan));

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Update(int id, SessionChange change, UpdateSession handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, change, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Cancel(int id, CancelSessionRequest? request, CancelSession handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request?.Reason, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<IReadOnlyList<RosterEntry>>, ProblemHttpResult>> Roster(int id, SessionRoster handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RosterExcel(int id, SessionRoster handler, CancellationToken ct)
    {
        var bytes = await handler.ExportAsync(id, ct);
        return bytes.Succeeded
            ? TypedResults.File(bytes.Value, ExcelFiles.ContentType, await handler.FileNameAsync(id, ct))
            : bytes.Problem.ToHttpResult();
    }
}

/// <summary>Why a session is called off; told to the workers who ordered.</summary>
/// <param name="Reason">Optional, up to 200 characters.</param>
public sealed record CancelSessionRequest(string? Reason);
