using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Construction;

public static class ConstructionApi
{
    public static IServiceCollection AddConstructionFeature(this IServiceCollection services)
    {
        services.AddOptions<ConstructionOptions>().BindConfiguration(ConstructionOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Construction:UnguardedForTests removes the budget guard of selection and is refused outside the Testing environment.")
            .ValidateOnStart();
        return services
            .AddScoped<ProjectFlow>()
            .AddScoped<GetProject>()
            .AddScoped<ListProjects>()
            .AddScoped<ApplyForProject>()
            .AddScoped<UpdateProject>()
            .AddScoped<GetProjectChecklist>()
            .AddScoped<SelfAssessProject>()
            .AddScoped<UploadProjectDocument>()
            .AddScoped<DownloadProjectDocument>()
            .AddScoped<DeleteProjectDocument>()
            .AddScoped<SubmitProject>()
            .AddScoped<ReviewProject>()
            .AddScoped<ListSelection>()
            .AddScoped<SelectProject>()
            .AddScoped<PassOverProject>()
            .AddScoped<SetMilestones>()
            .AddScoped<CompleteMilestone>()
            .AddScoped<RequestAcceptance>()
            .AddScoped<InspectProject>();
    }

    public static IEndpointRouteBuilder MapConstructionApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/projects").WithTags("建设项目").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        projects.MapGet("/", List).WithSummary("建设项目列表（本级及下级申报的、本级及下级评审的）").ProducesProblem(400);
        projects.MapGet("/selection", Selection).WithSummary("择优确定：已评审项目按评审得分排序，累计申请补贴与年度预算余额").ProducesProblem(400);
        projects.MapGet("/milestone-template", Template).WithSummary("默认建设节点（选址与设计、装修改造、设备配置、制度上墙与挂牌、试运行）");
        projects.MapGet("/{id:int}", Get).WithSummary("建设项目详情（步骤记录、节点、材料、评分、当前可办理的操作）").ProducesProblem(404);
        projects.MapPost("/", Apply).WithSummary("申报建设项目（草稿；提升已有阵地或新建规划中的阵地）").ProducesProblem(400).ProducesProblem(409);
        projects.MapPut("/{id:int}", Update).WithSummary("修改草稿（需提供版本号）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapGet("/{id:int}/checklist", Checklist).WithSummary("项目适用的建设标准检查项（自评和验收评分用）").ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/self-assessment", SelfAssess).WithSummary("对照建设标准自评").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/documents", Upload).WithSummary("上传申报材料或验收材料（PDF、JPG、PNG、docx、xlsx，不超过 10 MB）")
            .DisableAntiforgery().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapGet("/{id:int}/documents/{documentId:int}", Download).WithSummary("下载项目材料").ProducesProblem(404);
        projects.MapDelete("/{id:int}/documents/{documentId:int}", DeleteDocument).WithSummary("删除申报材料（仅草稿）").ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/submit", Submit).WithSummary("提交申报（需自评、申报材料、经费台账合计等于预算）").ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/review", Review).WithSummary("上级评审：通过、退回修改或不通过").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/select", Select).WithSummary("择优立项（从年度预算中核定补贴，阵地转为建设中）").ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/pass-over", PassOver).WithSummary("本年度未入选").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapPut("/{id:int}/milestones", Milestones).WithSummary("设置建设节点").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/milestones/{milestoneId:int}/evidence", Evidence).WithSummary("上传节点佐证材料")
            .DisableAntiforgery().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/milestones/{milestoneId:int}/done", Done).WithSummary("完成节点（需已上传佐证）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/request-acceptance", AskAcceptance).WithSummary("申请验收（节点全部完成）").ProducesProblem(404).ProducesProblem(409);
        projects.MapPost("/{id:int}/acceptance", Inspect).WithSummary("验收评分：达到合格线则通过，阵地投入运营；否则退回建设").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Results<Ok<PagedList<ProjectSummary>>, ProblemHttpResult>> List([AsParameters] ProjectSearch search, ListProjects handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<SelectionBoard>, ProblemHttpResult>> Selection(ListSelection handler, CancellationToken ct, int? year = null) =>
        (await handler.HandleAsync(year, ct)).ToResult(TypedResults.Ok);

    private static Ok<List<MilestoneInput>> Template(TimeProvider time) => TypedResults.Ok(SetMilestones.Suggest(time.LocalToday()));

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Get(int id, GetProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<ProjectDetail>, ProblemHttpResult>> Apply(ProjectApplication input, ApplyForProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(p => TypedResults.Created($"/api/projects/{p.Id}", p));

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Update(int id, ProjectEdit input, UpdateProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectChecklist>, ProblemHttpResult>> Checklist(int id, GetProjectChecklist handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> SelfAssess(int id, ProjectAnswers input, SelfAssessProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<DocumentView>, ProblemHttpResult>> Upload(int id, IFormFile? file, [FromForm] string? title, [FromForm] string? kind,
        UploadProjectDocument handler, CancellationToken ct)
    {
        if (!EnumText.TryParse<ProjectDocumentKind>(kind, out var parsed) || parsed == ProjectDocumentKind.Evidence)
        {
            return CommonProblems.Field("kind", "材料类型应为 Application（申报材料）或 Acceptance（验收材料）").ToHttpResult();
        }
        return await StoreAsync(new DocumentUpload(id, parsed, null, title, Stream.Null, null), file, handler, ct);
    }

    private static async Task<Results<Created<DocumentView>, ProblemHttpResult>> Evidence(int id, int milestoneId, IFormFile? file, [FromForm] string? title,
        UploadProjectDocument handler, CancellationToken ct) =>
        await StoreAsync(new DocumentUpload(id, ProjectDocumentKind.Evidence, milestoneId, title, Stream.Null, null), file, handler, ct);

    private static async Task<Results<Created<DocumentView>, ProblemHttpResult>> StoreAsync(DocumentUpload upload, IFormFile? file,
        UploadProjectDocument handler, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var outcome = await handler.HandleAsync(upload with { Content = content, FileName = file?.FileName }, ct);
        return outcome.ToResult(d => TypedResults.Created($"/api/projects/{upload.ProjectId}/documents/{d.Id}", d));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(int id, int documentId, DownloadProjectDocument handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, documentId, ct)).ToResult(f => TypedResults.File(f.Content, f.ContentType, f.FileName));

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(int id, int documentId, DeleteProjectDocument handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, documentId, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Submit(int id, SubmitProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Review(int id, ReviewInput input, ReviewProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Select(int id, SelectProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> PassOver(int id, PassOverInput input, PassOverProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Milestones(int id, MilestonesInput input, SetMilestones handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Done(int id, int milestoneId, CompleteMilestone handler, CancellationToken ct,
        MilestoneDoneInput? input = null) =>
        (await handler.HandleAsync(id, milestoneId, input ?? new MilestoneDoneInput(), ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> AskAcceptance(int id, RequestAcceptance handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Inspect(int id, ProjectAnswers input, InspectProject handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);
}
