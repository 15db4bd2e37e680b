using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Features.Aid.Pages;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Aid;

/// <summary>困难职工帮扶: application, three-level review, budget and quota, public notice, payment, yearly re-check.</summary>
public static class AidApi
{
    public static IServiceCollection AddAidFeature(this IServiceCollection services)
    {
        services.AddOptions<AidOptions>().BindConfiguration(AidOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Aid:UnguardedForTests removes the budget guard and is refused outside the Testing environment.")
            .Validate(o => o.MaxAmountFen is > 0 and <= 100_000_000, "Aid:MaxAmountFen must be between 1 and 100000000.")
            .Validate(o => o.NoticeDays is >= 0 and <= 60, "Aid:NoticeDays must be between 0 and 60.")
            .ValidateOnStart();
        return services
            .AddSensitiveSource<AidSensitiveSource>()
            .AddScoped<AidAccess>()
            .AddScoped<SubmitAid>()
            .AddScoped<AidDocuments>()
            .AddScoped<GetMyAid>()
            .AddScoped<ListNotices>()
            .AddScoped<ListAid>()
            .AddScoped<GetAid>()
            .AddScoped<ReviewAid>()
            .AddScoped<PayAid>()
            .AddScoped<RecheckAid>()
            .AddScoped<SetBudget>()
            .AddScoped<ListBudgets>()
            .AddScoped<ListAidUnions>();
    }

    public static IEndpointRouteBuilder MapAidApi(this IEndpointRouteBuilder app)
    {
        var aid = app.MapGroup("/api/aid").WithTags("困难帮扶");
        aid.MapGet("/notice", Notices).WithSummary("帮扶公示（公开，仅脱敏姓名、工会和金额）");
        var worker = aid.MapGroup("").RequireAuthorization().ProducesProblem(401);
        worker.MapPost("/applications", Apply).WithSummary("申请困难帮扶").ProducesProblem(400).ProducesProblem(409);
        worker.MapGet("/mine", Mine).WithSummary("我的帮扶申请（各级审核意见、公示、发放）");
        worker.MapPost("/mine/{id:int}/documents", WorkerUpload).WithSummary("上传证明材料（审核中；PDF、JPG、PNG、docx、xlsx，不超过 10 MB）")
            .DisableAntiforgery().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        worker.MapGet("/mine/{id:int}/documents", WorkerDocuments).WithSummary("我的申请的证明材料").ProducesProblem(404);
        worker.MapGet("/mine/{id:int}/documents/{documentId:int}", WorkerDownload).WithSummary("下载证明材料").ProducesProblem(404);

        var staff = app.MapGroup("/api/console/aid").WithTags("困难帮扶").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/applications", List).WithSummary("帮扶申请（本级及下级；身份证号、手机号脱敏）").ProducesProblem(400);
        staff.MapPost("/applications", Enter).WithSummary("代职工录入帮扶申请").ProducesProblem(400).ProducesProblem(409);
        staff.MapGet("/applications/{id:int}", Get).WithSummary("帮扶申请详情（查看留痕）").ProducesProblem(404);
        staff.MapPost("/applications/{id:int}/approve", Approve).WithSummary("本级审核通过（市级为终审，占用预算和名额）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/applications/{id:int}/reject", Reject).WithSummary("本级审核不通过（需填写原因）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/applications/{id:int}/pay", Pay).WithSummary("登记发放（公示期满后）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/applications/{id:int}/recheck", Recheck).WithSummary("登记年度复核").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/applications/{id:int}/documents", StaffUpload).WithSummary("上传证明材料（发放前）")
            .DisableAntiforgery().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/applications/{id:int}/documents", StaffDocuments).WithSummary("申请的证明材料").ProducesProblem(404);
        staff.MapGet("/applications/{id:int}/documents/{documentId:int}", StaffDownload).WithSummary("下载证明材料").ProducesProblem(404);
        staff.MapGet("/budgets", Budgets).WithSummary("年度帮扶预算与名额（已用、剩余）");
        staff.MapPut("/budgets", SetBudget).WithSummary("设置年度帮扶预算与名额").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        app.MapAidDocumentFormPost();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AidNotice>>> Notices(ListNotices handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Created<IReadOnlyList<MyAid>>, ProblemHttpResult>> Apply(AidRequest request, SubmitAid handler, GetMyAid mine, CancellationToken ct)
    {
        var submitted = await handler.HandleAsync(request, false, ct);
        if (!submitted.Succeeded)
        {
            return submitted.Problem.ToHttpResult();
        }
        return (await mine.HandleAsync(ct)).ToResult(m => TypedResults.Created("/api/aid/mine", m));
    }

    private static async Task<Results<Ok<IReadOnlyList<MyAid>>, ProblemHttpResult>> Mine(GetMyAid handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<AidItem>>, ProblemHttpResult>> List([AsParameters] AidSearch search, ListAid handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<AidDetail>, ProblemHttpResult>> Enter(AidRequest request, SubmitAid handler, GetAid get, CancellationToken ct)
    {
        var submitted = await handler.HandleAsync(request, true, ct);
        if (!submitted.Succeeded)
        {
            return submitted.Problem.ToHttpResult();
        }
        return (await get.HandleAsync(submitted.Value, ct)).ToResult(d => TypedResults.Created($"/api/console/aid/applications/{d.Item.Id}", d));
    }

    private static async Task<Results<Ok<AidDetail>, ProblemHttpResult>> Get(int id, GetAid handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<AidDetail>, ProblemHttpResult>> Approve(int id, AidApproveInput input, ReviewAid handler, GetAid get, CancellationToken ct) =>
        await ThenDetail(await handler.ApproveAsync(id, input, ct), get, ct);

    private static async Task<Results<Ok<AidDetail>, ProblemHttpResult>> Reject(int id, AidRejectInput input, ReviewAid handler, GetAid get, CancellationToken ct) =>
        await ThenDetail(await handler.RejectAsync(id, input, ct), get, ct);

    private static async Task<Results<Ok<AidDetail>, ProblemHttpResult>> Pay(int id, AidPayInput input, PayAid handler, GetAid get, CancellationToken ct) =>
        await ThenDetail(await handler.HandleAsync(id, input, ct), get, ct);

    private static async Task<Results<Ok<AidDetail>, ProblemHttpResult>> Recheck(int id, AidRecheckInput input, RecheckAid handler, GetAid get, CancellationToken ct) =>
        await ThenDetail(await handler.HandleAsync(id, input, ct), get, ct);

    private static async Task<Ok<IReadOnlyList<AidBudgetView>>> Budgets(int year, ListBudgets handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(year, ct));

    private static async Task<Results<Ok<IReadOnlyList<AidBudgetView>>, ProblemHttpResult>> SetBudget(AidBudgetInput input, SetBudget handler, ListBudgets list, CancellationToken ct)
    {
        var set = await handler.HandleAsync(input, ct);
        return set.Succeeded ? TypedResults.Ok(await list.HandleAsync(input.Year, ct)) : set.Problem.ToHttpResult();
    }

    private static async Task<Results<Ok<AidDetail>, ProblemHttpResult>> ThenDetail(Outcome<int> done, GetAid get, CancellationToken ct) =>
        done.Succeeded ? (await get.HandleAsync(done.Value, ct)).ToResult(TypedResults.Ok) : done.Problem.ToHttpResult();

    private static async Task<Results<Created<AidDocumentView>, ProblemHttpResult>> WorkerUpload(int id, IFormFile? file, AidDocuments handler, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return (await handler.UploadByWorkerAsync(id, content, file?.FileName, ct)).ToResult(d => TypedResults.Created($"/api/aid/mine/{id}/documents/{d.Id}", d));
    }

    private static async Task<Results<Created<AidDocumentView>, ProblemHttpResult>> StaffUpload(int id, IFormFile? file, AidDocuments handler, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return (await handler.UploadByStaffAsync(id, content, file?.FileName, ct))
            .ToResult(d => TypedResults.Created($"/api/console/aid/applications/{id}/documents/{d.Id}", d));
    }

    private static async Task<Results<Ok<IReadOnlyList<AidDocumentView>>, ProblemHttpResult>> WorkerDocuments(int id, AidDocuments handler, CancellationToken ct) =>
        (await handler.ListAsync(id, asWorker: true, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<AidDocumentView>>, ProblemHttpResult>> StaffDocuments(int id, AidDocuments handler, CancellationToken ct) =>
        (await handler.ListAsync(id, asWorker: false, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> WorkerDownload(int id, int documentId, AidDocuments handler, CancellationToken ct) =>
        (await handler.DownloadAsync(id, documentId, asWorker: true, ct)).ToResult(f => TypedResults.File(f.Content, f.ContentType, f.FileName));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> StaffDownload(int id, int documentId, AidDocuments handler, CancellationToken ct) =>
        (await handler.DownloadAsync(id, documentId, asWorker: false, ct)).ToResult(f => TypedResults.File(f.Content, f.ContentType, f.FileName));
}
