using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Privacy;

/// <summary>个人信息保护: the full view of sensitive data with a reason, and its hash-chained access log.</summary>
public static class PrivacyApi
{
    public static IServiceCollection AddPrivacyFeature(this IServiceCollection services)
    {
        services.AddOptions<DeletionPassOptions>().BindConfiguration(DeletionPassOptions.Section);
        services.AddSingleton<CompleteDeferredDeletions>();
        services.AddHostedService(sp => sp.GetRequiredService<CompleteDeferredDeletions>());
        return services
            .AddScoped<AccountErasure>()
            .AddScoped<RevealSensitive>()
            .AddScoped<ListSensitiveAccess>()
            .AddScoped<VerifyAccessChain>()
            .AddScoped<ExportMyData>()
            .AddScoped<RequestDeletion>();
    }

    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/console/privacy").WithTags("个人信息保护").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/reveal", Reveal).WithSummary("说明原因后查看完整的敏感个人信息（需“敏感信息查阅”授权；写入防篡改的查阅日志）")
            .ProducesProblem(400).ProducesProblem(404);
        staff.MapGet("/access-log", Log).WithSummary("管辖范围内的敏感信息查阅日志").ProducesProblem(400);
        staff.MapGet("/access-log/verify", Verify).WithSummary("校验查阅日志的哈希链（系统管理员）");

        app.MapGet("/api/me/data", MyData).WithTags("个人信息保护").RequireAuthorization().ProducesProblem(401)
            .WithSummary("下载本人在平台保存的全部个人信息（JSON 文件；留痕）");
        app.MapPost("/api/me/deletion", Delete).WithTags("个人信息保护").RequireAuthorization().ProducesProblem(401).ProducesProblem(409)
            .WithSummary("删除本人个人信息并注销账号（进行中的事项须先结束；未办结案件所需信息待办结后删除；依法保留的逐项说明）");
        app.MapDeletionPages();
        return app;
    }

    private static async Task<Results<Ok<DeletionOutcome>, ProblemHttpResult>> Delete(RequestDeletion handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MyData(ExportMyData handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(export => TypedResults.File(
            JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json", "我的个人信息.json"));

    private static async Task<Results<Ok<RevealedDatum>, ProblemHttpResult>> Reveal(RevealRequest request, RevealSensitive handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<SensitiveAccessItem>>, ProblemHttpResult>> Log([AsParameters] SensitiveAccessSearch search,
        ListSensitiveAccess handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ChainCheck>, ProblemHttpResult>> Verify(VerifyAccessChain handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);
}
