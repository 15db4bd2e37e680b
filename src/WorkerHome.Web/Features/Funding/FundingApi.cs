using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Funding;

public static class FundingApi
{
    public static IServiceCollection AddFundingFeature(this IServiceCollection services)
    {
        services.AddOptions<FundingOptions>().BindConfiguration(FundingOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Funding:UnguardedForTests removes the payment guard and is refused outside the Testing environment.")
            .ValidateOnStart();
        return services
            .AddScoped<ListFundingRules>()
            .AddScoped<SaveFundingRule>()
            .AddScoped<DeleteFundingRule>()
            .AddScoped<GetProjectFunding>()
            .AddScoped<ReplaceFundingLines>()
            .AddScoped<ListPayments>()
            .AddScoped<RecordPayment>()
            .AddScoped<GetFundingReport>()
            .AddScoped<ExportFundingReport>();
    }

    public static IEndpointRouteBuilder MapFundingApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api").WithTags("经费").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/funding-rules", ListRules).WithSummary("经费配套比例规则（本级及下级制定的可修改，上级制定的只读）");
        staff.MapPost("/funding-rules", CreateRule).WithSummary("新增经费规则（限本级及下级工会）").ProducesProblem(400);
        staff.MapPut("/funding-rules/{id:int}", UpdateRule).WithSummary("修改经费规则").ProducesProblem(400).ProducesProblem(404);
        staff.MapDelete("/funding-rules/{id:int}", DeleteRule).WithSummary("删除经费规则").ProducesProblem(404);
        staff.MapGet("/projects/{id:int}/funding", GetLedger).WithSummary("项目经费台账：各项来源、规则检查、合计与预算、拨付记录").ProducesProblem(404);
        staff.MapPut("/projects/{id:int}/funding", ReplaceLines).WithSummary("整体替换项目经费来源（仅草稿阶段，申报工会）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/projects/{id:int}/payments", ListProjectPayments).WithSummary("项目经费拨付记录").ProducesProblem(404);
        staff.MapPost("/funding-lines/{id:int}/payments", Pay).WithSummary("登记拨付（已立项项目、已完成节点，出资工会；不超过批准余额）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/funding/report", Report).WithSummary("经费统计（按县区、级别或来源；立项及以后的项目）").ProducesProblem(400);
        staff.MapGet("/funding/report.xlsx", Export).WithSummary("导出经费统计 Excel（按县区、按级别、按来源三张表）")
            .Produces(200, contentType: ExcelFiles.ContentType).ProducesProblem(400);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<FundingRuleItem>>> ListRules(ListFundingRules handler, CancellationToken ct, SiteRating? rating = null) =>
        TypedResults.Ok(await handler.HandleAsync(rating, ct));

    private static async Task<Results<Created<FundingRuleItem>, ProblemHttpResult>> CreateRule(FundingRuleInput input, SaveFundingRule handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, input, ct)).ToResult(rule => TypedResults.Created($"/api/funding-rules/{rule.Id}", rule));

    private static async Task<Results<Ok<FundingRuleItem>, ProblemHttpResult>> UpdateRule(int id, FundingRuleInput input, SaveFundingRule handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteRule(int id, DeleteFundingRule handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<ProjectFunding>, ProblemHttpResult>> GetLedger(int id, GetProjectFunding handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectFunding>, ProblemHttpResult>> ReplaceLines(int id, FundingLinesInput input, ReplaceFundingLines handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<PaymentItem>>, ProblemHttpResult>> ListProjectPayments(int id, ListPayments handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<PaymentItem>, ProblemHttpResult>> Pay(int id, PaymentInput input, RecordPayment handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(payment => TypedResults.Created($"/api/funding-lines/{id}/payments", payment));

    private static async Task<Results<Ok<FundingReport>, ProblemHttpResult>> Report(GetFundingReport handler, CancellationToken ct, int? year = null, string? by = null) =>
        (await handler.HandleAsync(year, by, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(ExportFundingReport handler, TimeProvider time, CancellationToken ct, int? year = null) =>
        (await handler.HandleAsync(year, ct)).ToResult(bytes => TypedResults.File(bytes, ExcelFiles.ContentType,
            $"经费统计_{year ?? time.LocalToday().Year}_{ChinaTime.LocalNow(time):yyyyMMdd_HHmm}.xlsx"));
}
