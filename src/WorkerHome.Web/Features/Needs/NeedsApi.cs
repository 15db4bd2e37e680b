using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Network;

namespace WorkerHome.Features.Needs;

public static class NeedsApi
{
    public static IServiceCollection AddNeedsFeature(this IServiceCollection services)
    {
        services.AddOptions<NeedsOptions>().BindConfiguration(NeedsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddScoped<GroupNeed>()
            .AddScoped<NeedGroupViews>()
            .AddScoped<SubmitNeed>()
            .AddScoped<AddMeToo>()
            .AddScoped<ListMyNeeds>()
            .AddScoped<ListPublicNeeds>()
            .AddScoped<SearchNeeds>()
            .AddScoped<ListNeedGroups>()
            .AddScoped<GetNeedGroup>()
            .AddScoped<MergeGroups>()
            .AddScoped<SplitGroup>()
            .AddScoped<RenameGroup>()
            .AddScoped<RegroupNeeds>()
            .AddScoped<OpenSurvey>()
            .AddScoped<ListSurveys>()
            .AddScoped<ListOpenSurveys>()
            .AddScoped<RespondToSurvey>()
            .AddScoped<SurveyResults>()
            .AddScoped<IModeratedContent, NeedModeration>();
    }

    public static IEndpointRouteBuilder MapNeedsApi(this IEndpointRouteBuilder app)
    {
        var needs = app.MapGroup("/api/needs").WithTags("需求");
        needs.MapPost("/", Submit).WithSummary("提需求（职工；文字先经过内容审核）").RequireAuthorization()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(409);
        needs.MapPost("/{id:int}/me-too", MeToo).WithSummary("我也需要（每人每条一次；重复提交返回当前人数）").RequireAuthorization()
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);
        needs.MapGet("/", ListPublic).WithSummary("浏览已公开的需求（按类别、乡镇、工会筛选）").ProducesProblem(400);
        needs.MapGet("/manage", Search).WithSummary("需求收件箱（工作人员，本级及下级工会，含审核中和未通过；超过1万条时 total 为下限，totalIsLowerBound 为 true）")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
        app.MapGet("/api/me/needs", ListMine).WithTags("需求").WithSummary("我提的需求（含状态和“我也需要”人数）")
            .RequireAuthorization().ProducesProblem(400).ProducesProblem(401);

        var groups = app.MapGroup("/api/need-groups").WithTags("需求归类")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        groups.MapGet("/", ListGroups).WithSummary("需求归类看板（热度、近8周趋势、乡镇）").ProducesProblem(400);
        groups.MapGet("/{id:int}", GetGroup).WithSummary("需求组详情（全部需求）").ProducesProblem(404).ProducesProblem(409);
        groups.MapPost("/merge", Merge).WithSummary("合并需求组（同一类别）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        groups.MapPost("/{id:int}/split", Split).WithSummary("拆分需求组（所选需求移到新组）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        groups.MapPut("/{id:int}/title", Rename).WithSummary("重命名需求组").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        groups.MapPost("/regroup", Regroup).WithSummary("重新归类尚未归类的已公开需求").ProducesProblem(400);

        var surveys = app.MapGroup("/api/surveys").WithTags("需求调查");
        surveys.MapGet("/open", ListOpen).WithSummary("正在进行、面向我的需求调查");
        surveys.MapPost("/{id:int}/responses", Respond).WithSummary("填写调查问卷（每人一次）").RequireAuthorization()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        var staffSurveys = surveys.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staffSurveys.MapGet("/", ListAll).WithSummary("需求调查列表（本级及下级工会）").ProducesProblem(400);
        staffSurveys.MapPost("/", Open).WithSummary("发起需求调查").ProducesProblem(400);
        staffSurveys.MapGet("/{id:int}/results", ResultsOf).WithSummary("调查结果（每题各选项人数、各类别需求数）").ProducesProblem(404);

        // The worker pages' "我也需要" button: a plain form post that comes back to the list.
        app.MapPost("/needs/{id:int}/me-too", MeTooForm).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Created<MyNeed>, ProblemHttpResult>> Submit(SubmitNeedRequest request, SubmitNeed handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(need => TypedResults.Created("/api/me/needs", need));

    private static async Task<Results<Created<MeTooResult>, Ok<MeTooResult>, ProblemHttpResult>> MeToo(int id, AddMeToo handler, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem.ToHttpResult();
        }
        return outcome.Value.Added ? TypedResults.Created((string?)null, outcome.Value) : TypedResults.Ok(outcome.Value);
    }

    private static async Task<Results<Ok<PagedList<PublicNeed>>, ProblemHttpResult>> ListPublic([AsParameters] PublicNeedSearch search, ListPublicNeeds handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CappedPagedList<ManagedNeed>>, ProblemHttpResult>> Search([AsParameters] NeedSearch search, SearchNeeds handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<MyNeed>>, ProblemHttpResult>> ListMine(ListMyNeeds handler, CancellationToken ct, int page = 1, int pageSize = 20) =>
        (await handler.HandleAsync(page, pageSize, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<NeedGroupView>>, ProblemHttpResult>> ListGroups([AsParameters] NeedGroupSearch search, ListNeedGroups handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<NeedGroupView>, ProblemHttpResult>> GetGroup(int id, GetNeedGroup handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<NeedGroupView>, ProblemHttpResult>> Merge(MergeGroupsRequest request, MergeGroups handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<NeedGroupView>, ProblemHttpResult>> Split(int id, SplitGroupRequest request, SplitGroup handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(group => TypedResults.Created($"/api/need-groups/{group.Id}", group));

    private static async Task<Results<Ok<NeedGroupView>, ProblemHttpResult>> Rename(int id, RenameGroupRequest request, RenameGroup handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RegroupResult>, ProblemHttpResult>> Regroup(RegroupNeedsRequest request, RegroupNeeds handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Ok<IReadOnlyList<OpenSurveyItem>>> ListOpen(ListOpenSurveys handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Created<SurveyResponseResult>, ProblemHttpResult>> Respond(int id, RespondToSurveyRequest request, RespondToSurvey handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(result => TypedResults.Created((string?)null, result));

    private static async Task<Results<Ok<PagedList<SurveyView>>, ProblemHttpResult>> ListAll(ListSurveys handler, CancellationToken ct, int page = 1, int pageSize = 20) =>
        (await handler.HandleAsync(page, pageSize, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<SurveyView>, ProblemHttpResult>> Open(OpenSurveyRequest request, OpenSurvey handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(survey => TypedResults.Created($"/api/surveys/{survey.Id}/results", survey));

    private static async Task<Results<Ok<SurveyResultsView>, ProblemHttpResult>> ResultsOf(int id, SurveyResults handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<IResult> MeTooForm(int id, HttpContext context, AddMeToo handler, [FromForm] string? returnUrl, CancellationToken ct)
    {
        var back = LocalUrls.IsSafe(returnUrl) ? returnUrl! : "/needs";
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect("/login?returnUrl=" + Uri.EscapeDataString(back));
        }
        var outcome = await handler.HandleAsync(id, ct);
        var notice = outcome.Succeeded ? "me-too" : outcome.Problem.Code;
        var separator = back.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Results.LocalRedirect($"{back}{separator}notice={notice}#need-{id}");
    }
}
