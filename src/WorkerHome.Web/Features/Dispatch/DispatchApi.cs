using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

public static class DispatchApi
{
    public static IServiceCollection AddDispatchFeature(this IServiceCollection services)
    {
        services.AddOptions<DispatchOptions>().BindConfiguration(DispatchOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Dispatch:UnguardedForTests removes the acceptance guard and is refused outside the Testing environment.")
            .ValidateOnStart();
        services.AddOptions<DispatchDeadlineOptions>().BindConfiguration(DispatchDeadlineOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize is >= 1 and <= 1000,
                "Dispatch:Deadlines needs a positive Interval and a BatchSize between 1 and 1000.")
            .ValidateOnStart();
        services.AddHostedService<DispatchDeadlines>();
        return services
            .AddScoped<DispatchTargets>()
            .AddScoped<DispatchViews>()
            .AddScoped<DispatchFlow>()
            .AddScoped<ListCandidates>()
            .AddScoped<ListDispatchTargets>()
            .AddScoped<CreateDispatch>()
            .AddScoped<ListDispatches>()
            .AddScoped<GetDispatch>()
            .AddScoped<OfferDispatch>()
            .AddScoped<CancelDispatch>()
            .AddScoped<ListMyDispatches>()
            .AddScoped<AcceptDispatch>()
            .AddScoped<DeclineDispatch>();
    }

    public static IEndpointRouteBuilder MapDispatchApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/dispatches").WithTags("派单").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/candidates", Candidates).WithSummary("派单候选志愿者（按技能、距离、档期、负荷、评价排序，列出每项理由）")
            .ProducesProblem(400).ProducesProblem(404);
        staff.MapGet("/targets", Targets).WithSummary("可派单的场次和需求组（本级及下级、尚无进行中的派单）");
        staff.MapPost("/", Create).WithSummary("派单：按顺序派给所选志愿者（同一场次或需求组只能有一张进行中的派单）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/", Board).WithSummary("派单看板（待派单、已派单、已接单、已婉拒、已超时，含各栏数量）").ProducesProblem(400);
        staff.MapGet("/{id:int}", Get).WithSummary("派单详情（含每位志愿者的答复）").ProducesProblem(404);
        staff.MapPost("/{id:int}/offer", Offer).WithSummary("追加派单：立即派给更多志愿者").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/{id:int}/cancel", Cancel).WithSummary("撤销派单（收回未答复的邀请；已接单的释放场次）").ProducesProblem(404).ProducesProblem(409);

        var volunteer = app.MapGroup("/api").WithTags("派单").RequireAuthorization().ProducesProblem(401).ProducesProblem(403);
        volunteer.MapGet("/me/dispatches", Mine).WithSummary("我的派单（志愿者：待答复的邀请及历史）");
        volunteer.MapPost("/dispatches/{id:int}/accept", Accept).WithSummary("接单（先到先得；时间冲突或当月已满不能接）")
            .ProducesProblem(404).ProducesProblem(409);
        volunteer.MapPost("/dispatches/{id:int}/decline", Decline).WithSummary("婉拒派单（须填写原因）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        app.MapDispatchForms();
        return app;
    }

    private static async Task<Results<Ok<CandidateList>, ProblemHttpResult>> Candidates(ListCandidates handler, CancellationToken ct,
        int? session = null, int? group = null) =>
        (await handler.HandleAsync(session, group, ct)).ToResult(TypedResults.Ok);

    private static async Task<Ok<IReadOnlyList<DispatchTargetOption>>> Targets(ListDispatchTargets handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Created<DispatchView>, ProblemHttpResult>> Create(CreateDispatchRequest request, CreateDispatch handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(d => TypedResults.Created($"/api/dispatches/{d.Id}", d));

    private static async Task<Results<Ok<DispatchBoard>, ProblemHttpResult>> Board(ListDispatches handler, CancellationToken ct,
        string? status = null, int page = 1, int pageSize = 20)
    {
        var column = BoardColumn.Waiting;
        if (status is not null && !(Enum.TryParse(status, ignoreCase: true, out column) && Enum.IsDefined(column)))
        {
            return CommonProblems.Field("status", "应为 waiting、offered、accepted、declined 或 expired").ToHttpResult();
        }
        return (await handler.HandleAsync(column, page, pageSize, ct)).ToResult(TypedResults.Ok);
    }

    private static async Task<Results<Ok<DispatchView>, ProblemHttpResult>> Get(int id, GetDispatch handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<DispatchView>, ProblemHttpResult>> Offer(int id, OfferDispatchRequest request, OfferDispatch handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<DispatchView>, ProblemHttpResult>> Cancel(int id, CancelDispatch handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MyDispatches>, ProblemHttpResult>> Mine(ListMyDispatches handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<AcceptedDispatch>, ProblemHttpResult>> Accept(int id, AcceptDispatch handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Decline(int id, DeclineDispatchRequest request, DeclineDispatch handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(_ => TypedResults.NoContent());
}
