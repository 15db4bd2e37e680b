using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Membership;

/// <summary>入会、电子会员证与转会.</summary>
public static class MembershipApi
{
    public static IServiceCollection AddMembershipFeature(this IServiceCollection services)
    {
        services.AddOptions<MembershipOptions>().BindConfiguration(MembershipOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Membership:UnguardedForTests removes the member number guard and is refused outside the Testing environment.")
            .Validate(o => o.ReviewWorkingDays is >= 1 and <= 60, "Membership:ReviewWorkingDays must be between 1 and 60.")
            .ValidateOnStart();
        return services
            .AddSensitiveSource<MemberIdSource>()
            .AddSensitiveSource<ApplicationPersonalSource>()
            .AddScoped<MembershipAccess>()
            .AddScoped<ListJoinableUnions>()
            .AddScoped<Apply>()
            .AddScoped<GetMyMembership>()
            .AddScoped<VerifyMember>()
            .AddScoped<ListApplications>()
            .AddScoped<GetApplication>()
            .AddScoped<DecideApplication>()
            .AddScoped<ListMembers>()
            .AddScoped<GetMember>()
            .AddScoped<TransferMember>();
    }

    public static IEndpointRouteBuilder MapMembershipApi(this IEndpointRouteBuilder app)
    {
        var membership = app.MapGroup("/api/membership").WithTags("入会");
        membership.MapGet("/unions", Unions).WithSummary("可申请加入的工会（按名称或地区搜索；公开）");
        membership.MapGet("/verify/{code}", Verify).WithSummary("验证电子会员证（公开，仅显示脱敏姓名）");
        var worker = membership.MapGroup("").RequireAuthorization().ProducesProblem(401);
        worker.MapPost("/applications", Apply).WithSummary("申请入会").ProducesProblem(400).ProducesProblem(409);
        worker.MapGet("/mine", Mine).WithSummary("我的入会申请与电子会员证");
        worker.MapGet("/mine/qr.png", Qr).WithSummary("电子会员证验证二维码").Produces(200, contentType: "image/png").ProducesProblem(404);

        var staff = app.MapGroup("/api/console/membership").WithTags("入会").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/applications", ListApplications).WithSummary("入会申请（本级及下级工会；身份证号、手机号脱敏）").ProducesProblem(400);
        staff.MapGet("/applications/{id:int}", GetApplication).WithSummary("入会申请详情").ProducesProblem(404);
        staff.MapPost("/applications/{id:int}/approve", Approve).WithSummary("通过入会申请（发放会员编号）").ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/applications/{id:int}/reject", Reject).WithSummary("不通过入会申请（需填写原因）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/members", ListMembers).WithSummary("会员（按姓名或会员编号搜索）").ProducesProblem(400);
        staff.MapGet("/members/{id:int}", GetMember).WithSummary("会员详情与会籍记录").ProducesProblem(404);
        staff.MapPost("/members/{id:int}/transfer", Transfer).WithSummary("转会（会员编号不变）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<JoinableUnion>>> Unions([AsParameters] JoinableUnionSearch search, ListJoinableUnions handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(search, ct));

    private static async Task<Ok<MemberCheck>> Verify(string code, VerifyMember handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(code, ct));

    private static async Task<Results<Created<MyApplication>, ProblemHttpResult>> Apply(ApplyRequest request, Apply handler, CancellationToken ct) =>
        (await handler.HandleAsync(request, ct)).ToResult(a => TypedResults.Created("/api/membership/mine", a));

    private static async Task<Results<Ok<MyMembership>, ProblemHttpResult>> Mine(GetMyMembership handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Qr(HttpRequest request, GetMyMembership handler, CancellationToken ct) =>
        (await handler.QrAsync($"{request.Scheme}://{request.Host}{request.PathBase}", ct)).ToResult(png => TypedResults.File(png, "image/png"));

    private static async Task<Results<Ok<PagedList<ApplicationItem>>, ProblemHttpResult>> ListApplications([AsParameters] ApplicationSearch search, ListApplications handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ApplicationItem>, ProblemHttpResult>> GetApplication(int id, GetApplication handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ApplicationItem>, ProblemHttpResult>> Approve(int id, DecideApplication handler, CancellationToken ct) =>
        (await handler.ApproveAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ApplicationItem>, ProblemHttpResult>> Reject(int id, RejectInput input, DecideApplication handler, CancellationToken ct) =>
        (await handler.RejectAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<MemberItem>>, ProblemHttpResult>> ListMembers([AsParameters] MemberSearch search, ListMembers handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MemberDetail>, ProblemHttpResult>> GetMember(int id, GetMember handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MemberDetail>, ProblemHttpResult>> Transfer(int id, TransferInput input, TransferMember handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);
}
