using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

public static class VolunteersApi
{
    public static IServiceCollection AddVolunteersFeature(this IServiceCollection services) => services
        .AddScoped<VolunteerRules>()
        .AddScoped<VolunteerHours>()
        .AddScoped<VolunteerDetails>()
        .AddScoped<VolunteerReview>()
        .AddScoped<ListServiceUnions>()
        .AddScoped<RegisterVolunteer>()
        .AddScoped<GetMyVolunteer>()
        .AddScoped<UpdateMyVolunteer>()
        .AddScoped<ListMyHours>()
        .AddScoped<ListVolunteers>()
        .AddScoped<GetVolunteer>()
        .AddScoped<VerifyVolunteer>()
        .AddScoped<RejectVolunteer>()
        .AddScoped<SuspendVolunteer>()
        .AddScoped<ReinstateVolunteer>();

    public static IEndpointRouteBuilder MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var volunteers = app.MapGroup("/api/volunteers").WithTags("志愿者").RequireAuthorization().ProducesProblem(401);
        volunteers.MapGet("/unions", Unions).WithSummary("可选择服务的工会（区县工会及其乡镇、街道工会）");
        volunteers.MapPost("/registration", Register).WithSummary("登记为志愿者（每人一条；未通过后可修改重新提交）")
            .ProducesProblem(400).ProducesProblem(409);

        var me = app.MapGroup("/api/me/volunteer").WithTags("志愿者").RequireAuthorization().ProducesProblem(401);
        me.MapGet("/", GetMine).WithSummary("我的志愿者信息（状态、审核意见、本年服务时长）").ProducesProblem(404);
        me.MapPut("/", UpdateMine).WithSummary("修改我的志愿者信息（已认证者修改资格、证书编号或服务工会后需重新审核）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        me.MapGet("/hours", Hours).WithSummary("我的志愿服务时长（按年）").ProducesProblem(400).ProducesProblem(404);

        var staff = volunteers.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(403);
        staff.MapGet("/", List).WithSummary("志愿者名录（本级及下级工会；筛选、分页）").ProducesProblem(400);
        staff.MapGet("/{id:int}", Get).WithSummary("志愿者详情").ProducesProblem(404);
        staff.MapPost("/{id:int}/verify", Verify).WithSummary("审核通过（授予志愿者角色并通知本人）").ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/{id:int}/reject", Reject).WithSummary("审核不通过（需填写原因并通知本人）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/{id:int}/suspend", Suspend).WithSummary("暂停志愿者（需填写原因；收回志愿者角色）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/{id:int}/reinstate", Reinstate).WithSummary("恢复已暂停的志愿者").ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ServiceUnionGroup>>> Unions(ListServiceUnions handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Created<VolunteerDetail>, ProblemHttpResult>> Register(VolunteerInput input, RegisterVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(v => TypedResults.Created("/api/me/volunteer", v));

    private static async Task<Results<Ok<VolunteerDetail>, ProblemHttpResult>> GetMine(GetMyVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<VolunteerDetail>, ProblemHttpResult>> UpdateMine(VolunteerInput input, UpdateMyVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MyHours>, ProblemHttpResult>> Hours(ListMyHours handler, CancellationToken ct, int? year = null) =>
        (await handler.HandleAsync(year, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<VolunteerSummary>>, ProblemHttpResult>> List([AsParameters] VolunteerSearch search, ListVolunteers handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<VolunteerDetail>, ProblemHttpResult>> Get(int id, GetVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<VolunteerDetail>, ProblemHttpResult>> Verify(int id, [FromBody] ReviewRequest? request, VerifyVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request ?? new ReviewRequest(), ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<VolunteerDetail>, ProblemHttpResult>> Reject(int id, [FromBody] ReviewRequest? request, RejectVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request ?? new ReviewRequest(), ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<VolunteerDetail>, ProblemHttpResult>> Suspend(int id, [FromBody] ReviewRequest? request, SuspendVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request ?? new ReviewRequest(), ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<VolunteerDetail>, ProblemHttpResult>> Reinstate(int id, [FromBody] ReviewRequest? request, ReinstateVolunteer handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request ?? new ReviewRequest(), ct)).ToResult(TypedResults.Ok);
}
