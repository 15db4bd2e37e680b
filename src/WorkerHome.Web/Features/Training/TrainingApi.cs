using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>技能培训与就业推荐.</summary>
public static class TrainingApi
{
    public static IServiceCollection AddTrainingFeature(this IServiceCollection services)
    {
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Training:UnguardedForTests removes the place and opening guards and is refused outside the Testing environment.")
            .ValidateOnStart();
        return services
            .AddSensitiveSource<EnrolmentPhoneSource>()
            .AddScoped<CourseRules>()
            .AddScoped<SaveCourse>()
            .AddScoped<GetCourse>()
            .AddScoped<ListCourses>()
            .AddScoped<ChangeCourseStatus>()
            .AddScoped<Enrol>()
            .AddScoped<Withdraw>()
            .AddScoped<TakeRoll>()
            .AddScoped<FinishCourse>()
            .AddScoped<ListMyTraining>()
            .AddScoped<GetCertificate>()
            .AddScoped<VerifyCertificate>()
            .AddScoped<RevokeCertificate>()
            .AddScoped<SaveJobPosting>()
            .AddScoped<ListJobs>()
            .AddScoped<GetJobPosting>()
            .AddScoped<RecommendCandidates>()
            .AddScoped<ReferTrainee>()
            .AddScoped<ChangeReferralStatus>()
            .AddScoped<ListMyReferrals>()
            .AddScoped<ListPostingReferrals>()
            .AddScoped<GetPlacements>();
    }

    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/training").WithTags("技能培训");
        courses.MapGet("/courses", ListCourses).WithSummary("培训课程（scope=managed 为工作人员视图）").ProducesProblem(400).ProducesProblem(403);
        courses.MapGet("/courses/{id:int}", GetCourse).WithSummary("课程详情（课次、本人报名）").ProducesProblem(404);

        var worker = courses.MapGroup("").RequireAuthorization().ProducesProblem(401);
        worker.MapPost("/courses/{id:int}/enrolments", Enrol).WithSummary("报名课程").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        worker.MapDelete("/courses/{id:int}/enrolments/mine", Withdraw).WithSummary("开课前退出报名").ProducesProblem(404).ProducesProblem(409);
        worker.MapGet("/mine", MyTraining).WithSummary("我的培训（出勤、证书）");

        var staff = courses.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/courses", CreateCourse).WithSummary("新建课程（草稿）").ProducesProblem(400);
        staff.MapPut("/courses/{id:int}", UpdateCourse).WithSummary("修改课程及课次").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/courses/{id:int}/publish", Publish).WithSummary("发布课程（开放报名）").ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/courses/{id:int}/cancel", Cancel).WithSummary("取消课程").ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/courses/{id:int}/completion", PreviewCompletion).WithSummary("结业预览（结业与未结业人数）").ProducesProblem(404);
        staff.MapPost("/courses/{id:int}/finish", Finish).WithSummary("结业并发放证书").ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/sessions/{id:int}/roll", GetRoll).WithSummary("课次点名表").ProducesProblem(404);
        staff.MapPut("/sessions/{id:int}/roll", TakeRoll).WithSummary("点名（勾选到课学员）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/placements", Placements).WithSummary("就业安置统计（按岗位、课程、本级及下级工会）");

        var certificates = app.MapGroup("/api/certificates").WithTags("结业证书");
        certificates.MapGet("/verify/{code}", Verify).WithSummary("验证结业证书（公开，仅显示脱敏信息）").ProducesProblem(404);
        certificates.MapGet("/{id:int}", GetCertificate).WithSummary("本人的结业证书").RequireAuthorization().ProducesProblem(401).ProducesProblem(404);
        certificates.MapGet("/{id:int}/qr.png", CertificateQr).WithSummary("结业证书验证二维码").RequireAuthorization()
            .Produces(200, contentType: "image/png").ProducesProblem(401).ProducesProblem(404);
        certificates.MapPost("/{id:int}/revoke", Revoke).WithSummary("撤销结业证书").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var jobs = app.MapGroup("/api/jobs").WithTags("就业推荐").RequireAuthorization().ProducesProblem(401);
        jobs.MapGet("/", ListJobs).WithSummary("招聘岗位（scope=managed 为工作人员视图）").ProducesProblem(400).ProducesProblem(403);
        jobs.MapGet("/referrals/mine", MyReferrals).WithSummary("我的就业推荐");
        jobs.MapPost("/referrals/{id:int}/decline", Decline).WithSummary("本人放弃推荐").ProducesProblem(404).ProducesProblem(409);
        var jobStaff = jobs.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(403);
        jobStaff.MapPost("/", CreateJob).WithSummary("录入招聘岗位").ProducesProblem(400);
        jobStaff.MapGet("/{id:int}", GetJob).WithSummary("岗位详情（工作人员视图）").ProducesProblem(404);
        jobStaff.MapPut("/{id:int}", UpdateJob).WithSummary("修改招聘岗位").ProducesProblem(400).ProducesProblem(404);
        jobStaff.MapGet("/{id:int}/candidates", Candidates).WithSummary("推荐人选（按技能匹配、同乡镇/同县区、结业时间排序）").ProducesProblem(404);
        jobStaff.MapGet("/{id:int}/referrals", PostingReferrals).WithSummary("岗位的推荐记录").ProducesProblem(404);
        jobStaff.MapPost("/{id:int}/referrals", Refer).WithSummary("推荐学员到岗位").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        jobStaff.MapPost("/referrals/{id:int}/status", ChangeStatus).WithSummary("变更推荐状态（推荐→面试→录用，或未录用/本人放弃）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Results<Ok<PagedList<CourseSummary>>, ProblemHttpResult>> ListCourses([AsParameters] CourseSearch search, ListCourses handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CourseDetail>, ProblemHttpResult>> GetCourse(int id, GetCourse handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<CourseDetail>, ProblemHttpResult>> Enrol(int id, EnrolRequest request, Enrol handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(c => TypedResults.Created($"/api/training/courses/{c.Id}", c));

    private static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(int id, Withdraw handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Ok<IReadOnlyList<MyCourse>>> MyTraining(ListMyTraining handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Created<CourseDetail>, ProblemHttpResult>> CreateCourse(CourseInput input, SaveCourse handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, input, ct)).ToResult(c => TypedResults.Created($"/api/training/courses/{c.Id}", c));

    private static async Task<Results<Ok<CourseDetail>, ProblemHttpResult>> UpdateCourse(int id, CourseInput input, SaveCourse handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CourseDetail>, ProblemHttpResult>> Publish(int id, ChangeCourseStatus handler, CancellationToken ct) =>
        (await handler.PublishAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CourseDetail>, ProblemHttpResult>> Cancel(int id, ChangeCourseStatus handler, CancellationToken ct) =>
        (await handler.CancelAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<Completion>, ProblemHttpResult>> PreviewCompletion(int id, FinishCourse handler, CancellationToken ct) =>
        (await handler.PreviewAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<Completion>, ProblemHttpResult>> Finish(int id, FinishCourse handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RollSheet>, ProblemHttpResult>> GetRoll(int id, TakeRoll handler, CancellationToken ct) =>
        (await handler.GetAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RollSheet>, ProblemHttpResult>> TakeRoll(int id, RollInput input, TakeRoll handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PlacementReport>, ProblemHttpResult>> Placements(GetPlacements handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CertificateCheck>, ProblemHttpResult>> Verify(string code, VerifyCertificate handler, CancellationToken ct) =>
        (await handler.HandleAsync(code, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> GetCertificate(int id, GetCertificate handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CertificateQr(int id, HttpRequest request, GetCertificate handler, CancellationToken ct) =>
        (await handler.QrAsync(id, $"{request.Scheme}://{request.Host}{request.PathBase}", ct)).ToResult(png => TypedResults.File(png, "image/png"));

    private static async Task<Results<Ok<CertificateCheck>, ProblemHttpResult>> Revoke(int id, RevokeInput input, RevokeCertificate handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<JobSummary>>, ProblemHttpResult>> ListJobs([AsParameters] JobSearch search, ListJobs handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Ok<IReadOnlyList<ReferralView>>> MyReferrals(ListMyReferrals handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> Decline(int id, ChangeReferralStatus handler, CancellationToken ct) =>
        (await handler.DeclineAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<JobDetail>, ProblemHttpResult>> CreateJob(JobInput input, SaveJobPosting handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, input, ct)).ToResult(j => TypedResults.Created($"/api/jobs/{j.Id}", j));

    private static async Task<Results<Ok<JobDetail>, ProblemHttpResult>> GetJob(int id, GetJobPosting handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<JobDetail>, ProblemHttpResult>> UpdateJob(int id, JobInput input, SaveJobPosting handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<Candidate>>, ProblemHttpResult>> Candidates(int id, RecommendCandidates handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<List<ReferralView>>, ProblemHttpResult>> PostingReferrals(int id, ListPostingReferrals handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<ReferralView>, ProblemHttpResult>> Refer(int id, ReferInput input, ReferTrainee handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(r => TypedResults.Created($"/api/jobs/{id}/referrals", r));

    private static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> ChangeStatus(int id, ReferralStatusInput input, ChangeReferralStatus handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);
}
