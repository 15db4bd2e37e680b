using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Feedback;

public static class FeedbackApi
{
    public static IServiceCollection AddFeedbackFeature(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section)
            .Validate(o => o.WindowDays is >= 1 and <= 365, "Feedback:WindowDays must be between 1 and 365.")
            .ValidateOnStart();
        services.AddOptions<FeedbackInvitationOptions>().BindConfiguration(FeedbackInvitationOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize is >= 1 and <= 1000,
                "Feedback:Invitations needs a positive Interval and a BatchSize between 1 and 1000.")
            .ValidateOnStart();
        services.AddSingleton<FeedbackInvitations>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedbackInvitations>());
        return services
            .AddScoped<IModeratedContent, FeedbackModeration>()
            .AddScoped<SubmitFeedback>()
            .AddScoped<ListMyFeedback>()
            .AddScoped<GetFeedbackSummary>()
            .AddScoped<GetSatisfaction>()
            .AddScoped<ListFollowUps>()
            .AddScoped<RecordFollowUp>()
            .AddScoped<FeedbackToNeed>();
    }

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var tags = "评价与满意度";
        app.MapPost("/api/sessions/{id:int}/feedback", Submit).WithTags(tags).RequireAuthorization()
            .WithSummary("评价参加过的场次（结束后、评价期内，每人一次）")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        app.MapGet("/api/me/feedback", Mine).WithTags(tags).RequireAuthorization()
            .WithSummary("我参加过的场次：待评价与已评价").ProducesProblem(401);

        var staff = app.MapGroup("/api").WithTags(tags).RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/sessions/{id:int}/feedback/summary", Summary).WithSummary("场次评价汇总（满意度、各项均分、星级分布、留言）").ProducesProblem(404);
        staff.MapGet("/feedback/satisfaction", Rollup).WithSummary("满意度统计（按服务项目、志愿者、阵地、服务方式或下级工会）").ProducesProblem(400).ProducesProblem(404);
        staff.MapGet("/feedback/follow-ups", FollowUps).WithSummary("差评回访队列").ProducesProblem(400);
        staff.MapPost("/feedback/{id:int}/follow-up", FollowUp).WithSummary("记录回访").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/feedback/{id:int}/to-need", ToNeed).WithSummary("把评价留言转为需求（一次）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Results<Created<FeedbackView>, ProblemHttpResult>> Submit(int id, SubmitFeedbackRequest request, SubmitFeedback handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(f => TypedResults.Created($"/api/me/feedback#session-{f.SessionId}", f));

    private static async Task<Ok<MyFeedback>> Mine(ListMyFeedback handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Ok<FeedbackSummary>, ProblemHttpResult>> Summary(int id, GetFeedbackSummary handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<SatisfactionReport>, ProblemHttpResult>> Rollup(GetSatisfaction handler, CancellationToken ct,
        string? by = null, int? unionId = null, DateOnly? from = null, DateOnly? to = null) =>
        (await handler.HandleAsync(by, unionId, from, to, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<FollowUpItem>>, ProblemHttpResult>> FollowUps(ListFollowUps handler, CancellationToken ct,
        string? status = null, int page = 1, int pageSize = 20) =>
        (await handler.HandleAsync(status, page, pageSize, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<FeedbackView>, ProblemHttpResult>> FollowUp(int id, RecordFollowUpRequest request, RecordFollowUp handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<FeedbackNeed>, ProblemHttpResult>> ToNeed(int id, FeedbackToNeedRequest request, FeedbackToNeed handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(n => TypedResults.Created($"/api/needs/{n.NeedId}", n));
}
