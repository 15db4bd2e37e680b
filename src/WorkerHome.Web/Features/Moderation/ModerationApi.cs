using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Moderation;

public static class ModerationApi
{
    public static IServiceCollection AddModerationFeature(this IServiceCollection services) => services
        .AddSingleton<LexiconCache>()
        .AddScoped<TextScreen>()
        .AddScoped<HoldForReview>()
        .AddScoped<ModerationCaseItems>()
        .AddScoped<ListCases>()
        .AddScoped<ReviewCase>()
        .AddScoped<ListWords>()
        .AddScoped<AddWords>()
        .AddScoped<RemoveWord>();

    public static IEndpointRouteBuilder MapModerationApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/moderation/cases").WithTags("内容审核")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        cases.MapGet("/", List).WithSummary("审核队列（本级及下级工会，最新在前，可按状态筛选）").ProducesProblem(400);
        cases.MapPost("/{id:int}/review", Review).WithSummary("审核：通过后公开，不通过则仅作者可见")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        var words = app.MapGroup("/api/moderation/words").WithTags("敏感词库")
            .RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        words.MapGet("/", ListWords).WithSummary("敏感词库（工作人员可查看）").ProducesProblem(400);
        words.MapPost("/", AddWords).WithSummary("添加敏感词（每行一个；市级及以上工会工作人员）")
            .RequireAuthorization(AppAuth.DictionaryPolicy).ProducesProblem(400).ProducesProblem(409);
        words.MapDelete("/{id:int}", RemoveWord).WithSummary("删除敏感词（市级及以上工会工作人员）")
            .RequireAuthorization(AppAuth.DictionaryPolicy).ProducesProblem(404);
        return app;
    }

    private static async Task<Results<Ok<PagedList<ModerationCaseItem>>, ProblemHttpResult>> List([AsParameters] CaseSearch search, ListCases handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ModerationCaseItem>, ProblemHttpResult>> Review(int id, ReviewRequest request, ReviewCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<SensitiveWordItem>>, ProblemHttpResult>> ListWords([AsParameters] WordSearch search, ListWords handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<AddWordsResult>, ProblemHttpResult>> AddWords(AddWordsRequest request, AddWords handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(result => TypedResults.Created("/api/moderation/words", result));

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveWord(int id, RemoveWord handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(_ => TypedResults.NoContent());
}
