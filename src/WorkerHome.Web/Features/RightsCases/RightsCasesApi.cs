using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkerHome.Features.Privacy;
using WorkerHome.Features.RightsCases.Pages;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

/// <summary>维权诉求与法律援助.</summary>
public static class RightsCasesApi
{
    public static IServiceCollection AddRightsCasesFeature(this IServiceCollection services)
    {
        services.AddOptions<RightsCasesOptions>().BindConfiguration(RightsCasesOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "RightsCases:UnguardedForTests removes the case-number guard and is refused outside the Testing environment.")
            .Validate(o => o.AcknowledgeWorkingDays >= 0 && o.CloseDays >= 1, "RightsCases:AcknowledgeWorkingDays must be at least 0 and CloseDays at least 1.")
            .ValidateOnStart();
        services.TryAddScoped<OperationLogWriter>();
        return services
            .AddScoped<CaseAccess>()
            .AddScoped<CaseIntake>()
            .AddScoped<CaseJournal>()
            .AddScoped<ListIntakeUnions>()
            .AddSensitiveSource<CasePhoneSource>()
            .AddScoped<SubmitCase>()
            .AddScoped<EnterCase>()
            .AddScoped<ListMyCases>()
            .AddScoped<GetMyCase>()
            .AddScoped<RateCase>()
            .AddScoped<ListCases>()
            .AddScoped<GetCase>()
            .AddScoped<ListAssignees>()
            .AddScoped<AssignCase>()
            .AddScoped<EscalateCase>()
            .AddScoped<CloseCase>()
            .AddScoped<AddStep>()
            .AddScoped<CaseDocuments>()
            .AddScoped<ListVolunteerCases>()
            .AddScoped<GetVolunteerCase>()
            .AddScoped<ProposeOutcome>();
    }

    public static IEndpointRouteBuilder MapRightsCasesApi(this IEndpointRouteBuilder app)
    {
        var workers = app.MapGroup("/api/rights").WithTags("维权诉求").RequireAuthorization().ProducesProblem(401);
        workers.MapGet("/unions", Unions).WithSummary("可受理维权诉求的县区、乡镇（街道）工会");
        workers.MapPost("/cases", Submit).WithSummary("职工网上提交维权诉求（需单独同意处理个人信息）").ProducesProblem(400).ProducesProblem(409);
        workers.MapGet("/my-cases", MyCases).WithSummary("我的维权诉求");
        workers.MapGet("/my-cases/{id:int}", MyCase).WithSummary("我的一条维权诉求（只含对职工可见的步骤）").ProducesProblem(404);
        workers.MapPost("/my-cases/{id:int}/rating", Rate).WithSummary("评价已办结的诉求（一次）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        workers.MapPost("/my-cases/{id:int}/documents", WorkerUpload).WithSummary("上传材料（PDF、JPG、PNG、docx、xlsx，不超过 10 MB）")
            .DisableAntiforgery().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        workers.MapGet("/my-cases/{id:int}/documents/{documentId:int}", WorkerDownload).WithSummary("下载材料").ProducesProblem(404);

        var volunteers = app.MapGroup("/api/rights/volunteer").WithTags("维权诉求·法律志愿者").RequireAuthorization().ProducesProblem(401).ProducesProblem(403);
        volunteers.MapGet("/cases", VolunteerCases).WithSummary("分派给我的维权诉求");
        volunteers.MapGet("/cases/{id:int}", VolunteerCase).WithSummary("分派给我的一条诉求（查看留痕）").ProducesProblem(404);
        volunteers.MapPost("/cases/{id:int}/steps", VolunteerStep).WithSummary("添加办理记录").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        volunteers.MapPost("/cases/{id:int}/proposal", Propose).WithSummary("建议办结结果").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        var staff = app.MapGroup("/api/console/rights").WithTags("维权诉求·工作人员").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/cases", Cases).WithSummary("管辖范围内的维权诉求（按状态、类别、超期、工会筛选；电话脱敏）").ProducesProblem(400);
        staff.MapPost("/cases", Enter).WithSummary("现场登记维权诉求（按手机号识别职工，未注册者填姓名）").ProducesProblem(400).ProducesProblem(409);
        staff.MapGet("/cases/{id:int}", Case).WithSummary("诉求详情（查看留痕）").ProducesProblem(404);
        staff.MapGet("/cases/{id:int}/assignees", Assignees).WithSummary("可分派的工作人员和法律志愿者").ProducesProblem(404);
        staff.MapPost("/cases/{id:int}/assign", Assign).WithSummary("分派（视为已受理确认）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/cases/{id:int}/escalate", Escalate).WithSummary("上报上级工会").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/cases/{id:int}/close", Close).WithSummary("办结并登记结果").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/cases/{id:int}/steps", StaffStep).WithSummary("添加办理记录或内部备注").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/cases/{id:int}/documents", StaffUpload).WithSummary("上传材料（可选是否对职工可见）")
            .DisableAntiforgery().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/cases/{id:int}/documents/{documentId:int}", StaffDownload).WithSummary("下载材料").ProducesProblem(404);
        app.MapCaseDocumentFormPost();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<IntakeUnion>>> Unions(ListIntakeUnions handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(inScopeOnly: false, ct));

    private static async Task<Results<Created<RightsCaseDetail>, ProblemHttpResult>> Submit(RightsCaseInput input, SubmitCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(c => TypedResults.Created($"/api/rights/my-cases/{c.Case.Id}", c));

    private static async Task<Results<Ok<IReadOnlyList<RightsCaseItem>>, ProblemHttpResult>> MyCases(ListMyCases handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RightsCaseDetail>, ProblemHttpResult>> MyCase(int id, GetMyCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Rate(int id, RatingInput input, RateCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Created<RightsCaseDocumentView>, ProblemHttpResult>> WorkerUpload(int id, IFormFile? file, CaseDocuments handler, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return (await handler.UploadByWorkerAsync(id, new CaseUpload(content, file?.FileName, true), ct))
            .ToResult(d => TypedResults.Created($"/api/rights/my-cases/{id}/documents/{d.Id}", d));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> WorkerDownload(int id, int documentId, CaseDocuments handler, CancellationToken ct) =>
        (await handler.DownloadByWorkerAsync(id, documentId, ct)).ToResult(f => TypedResults.File(f.Content, f.ContentType, f.FileName));

    private static async Task<Results<Ok<IReadOnlyList<RightsCaseItem>>, ProblemHttpResult>> VolunteerCases(ListVolunteerCases handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RightsCaseDetail>, ProblemHttpResult>> VolunteerCase(int id, GetVolunteerCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> VolunteerStep(int id, StepInput input, AddStep handler, CancellationToken ct) =>
        (await handler.ByVolunteerAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> Propose(int id, ProposalInput input, ProposeOutcome handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<PagedList<RightsCaseItem>>, ProblemHttpResult>> Cases([AsParameters] RightsCaseSearch search, ListCases handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<RightsCaseDetail>, ProblemHttpResult>> Enter(WalkInCaseInput input, EnterCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(c => TypedResults.Created($"/api/console/rights/cases/{c.Case.Id}", c));

    private static async Task<Results<Ok<RightsCaseDetail>, ProblemHttpResult>> Case(int id, GetCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<RightsAssignee>>, ProblemHttpResult>> Assignees(int id, ListAssignees handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Assign(int id, AssignInput input, AssignCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> Escalate(int id, EscalateInput input, EscalateCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> Close(int id, CloseInput input, CloseCase handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> StaffStep(int id, StepInput input, AddStep handler, CancellationToken ct) =>
        (await handler.ByStaffAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Created<RightsCaseDocumentView>, ProblemHttpResult>> StaffUpload(int id, IFormFile? file, [FromForm] bool? visibleToWorker,
        CaseDocuments handler, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return (await handler.UploadByStaffAsync(id, new CaseUpload(content, file?.FileName, visibleToWorker == true), ct))
            .ToResult(d => TypedResults.Created($"/api/console/rights/cases/{id}/documents/{d.Id}", d));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> StaffDownload(int id, int documentId, CaseDocuments handler, CancellationToken ct) =>
        (await handler.DownloadByStaffAsync(id, documentId, ct)).ToResult(f => TypedResults.File(f.Content, f.ContentType, f.FileName));
}
