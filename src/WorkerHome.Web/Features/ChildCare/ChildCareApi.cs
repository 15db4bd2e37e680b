using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>幼儿托管与妈咪宝贝屋.</summary>
public static class ChildCareApi
{
    public static IServiceCollection AddChildCareFeature(this IServiceCollection services)
    {
        services.AddOptions<ChildCareOptions>().BindConfiguration(ChildCareOptions.Section)
            .Validate(o => o.NursingUseMinutes is >= 5 and <= 240, "ChildCare:NursingUseMinutes must be between 5 and 240.")
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "ChildCare:UnguardedForTests removes the place guard of care classes and is refused outside the Testing environment.")
            .ValidateOnStart();
        return services
            .AddScoped<CareAccess>()
            .AddScoped<CarePlaces>()
            .AddScoped<NursingRoomViews>()
            .AddScoped<ListCareClasses>()
            .AddScoped<GetCareClass>()
            .AddScoped<SaveCareClass>()
            .AddScoped<ChangeCareClassStatus>()
            .AddScoped<EnrolChild>()
            .AddScoped<WithdrawEnrolment>()
            .AddScoped<RemoveEnrolment>()
            .AddScoped<ListMyEnrolments>()
            .AddScoped<ListClassEnrolments>()
            .AddSensitiveSource<CareEnrolmentSource>()
            .AddScoped<ListNursingRooms>()
            .AddScoped<GetNursingRoom>()
            .AddScoped<SaveNursingRoom>()
            .AddScoped<UseNursingRoom>()
            .AddScoped<LeaveNursingRoom>();
    }

    public static IEndpointRouteBuilder MapChildCareApi(this IEndpointRouteBuilder app)
    {
        var care = app.MapGroup("/api/child-care").WithTags("幼儿托管");
        care.MapGet("/classes", ListClasses).WithSummary("托管班（默认为报名中的班；scope=managed 为工作人员视图）").ProducesProblem(401).ProducesProblem(403);
        care.MapGet("/classes/{id:int}", GetClass).WithSummary("托管班详情与监护人知情同意书").ProducesProblem(404);

        var worker = care.MapGroup("").RequireAuthorization().ProducesProblem(401);
        worker.MapPost("/classes/{id:int}/enrolments", Enrol).WithSummary("监护人为孩子报名（名额满则候补，候补满则拒绝）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        worker.MapPost("/enrolments/{id:int}/withdraw", Withdraw).WithSummary("监护人在开班前退出报名（第一位候补递补）")
            .ProducesProblem(404).ProducesProblem(409);
        app.MapGet("/api/me/child-care", Mine).WithTags("幼儿托管").WithSummary("我的托管报名（状态、候补位次）")
            .RequireAuthorization().ProducesProblem(401);

        var staff = care.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/classes", CreateClass).WithSummary("新建托管班（草稿；限本级及下级工会的阵地）").ProducesProblem(400).ProducesProblem(404);
        staff.MapPut("/classes/{id:int}", UpdateClass).WithSummary("修改托管班（名额不少于已录取人数；增加名额时候补递补）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/classes/{id:int}/status", ChangeStatus).WithSummary("开放报名、截止报名或取消托管班（取消时通知所有报名家庭）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/classes/{id:int}/enrolments", ListEnrolments).WithSummary("托管班录取与候补名单（电话脱敏）").ProducesProblem(404);
        staff.MapPost("/enrolments/{id:int}/remove", Remove).WithSummary("工作人员移出报名（需填写原因；第一位候补递补）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        var rooms = app.MapGroup("/api/nursing-rooms").WithTags("妈咪宝贝屋");
        rooms.MapGet("/", ListRooms).WithSummary("妈咪宝贝屋（是否开放、空闲位数；scope=managed 为工作人员视图，含今日使用次数）")
            .ProducesProblem(401).ProducesProblem(403);
        rooms.MapGet("/{id:int}", GetRoom).WithSummary("妈咪宝贝屋详情（门上二维码指向此处）").ProducesProblem(404);
        rooms.MapPost("/{id:int}/use", Use).WithSummary("我在使用：占用一个位置（到时自动释放）").RequireAuthorization()
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);
        rooms.MapPost("/{id:int}/leave", Leave).WithSummary("我已离开：释放位置").RequireAuthorization()
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);
        var roomStaff = rooms.MapGroup("").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        roomStaff.MapPost("/", CreateRoom).WithSummary("新增妈咪宝贝屋").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        roomStaff.MapPut("/{id:int}", UpdateRoom).WithSummary("修改妈咪宝贝屋").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<CareClassView>>, ProblemHttpResult>> ListClasses(ListCareClasses handler, CancellationToken ct,
        int? siteId = null, string? scope = null) =>
        (await handler.HandleAsync(siteId, string.Equals(scope, "managed", StringComparison.OrdinalIgnoreCase), ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CareClassDetail>, ProblemHttpResult>> GetClass(int id, GetCareClass handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<EnrolmentResult>, ProblemHttpResult>> Enrol(int id, EnrolmentInput input, EnrolChild handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(e => TypedResults.Created($"/api/me/child-care", e));

    private static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(int id, WithdrawEnrolment handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<IReadOnlyList<MyEnrolment>>, ProblemHttpResult>> Mine(ListMyEnrolments handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<CareClassView>, ProblemHttpResult>> CreateClass(CareClassInput input, SaveCareClass handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, input, ct)).ToResult(c => TypedResults.Created($"/api/child-care/classes/{c.Id}", c));

    private static async Task<Results<Ok<CareClassView>, ProblemHttpResult>> UpdateClass(int id, CareClassInput input, SaveCareClass handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CareClassView>, ProblemHttpResult>> ChangeStatus(int id, CareClassStatusInput input, ChangeCareClassStatus handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<ClassEnrolmentItem>>, ProblemHttpResult>> ListEnrolments(int id, ListClassEnrolments handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(int id, RemoveEnrolmentInput input, RemoveEnrolment handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());


    private static async Task<Results<Ok<IReadOnlyList<NursingRoomView>>, ProblemHttpResult>> ListRooms(ListNursingRooms handler, CancellationToken ct,
        int? siteId = null, string? scope = null) =>
        (await handler.HandleAsync(siteId, string.Equals(scope, "managed", StringComparison.OrdinalIgnoreCase), ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<NursingRoomView>, ProblemHttpResult>> GetRoom(int id, GetNursingRoom handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<NursingRoomView>, ProblemHttpResult>> Use(int id, UseNursingRoom handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<NursingRoomView>, ProblemHttpResult>> Leave(int id, LeaveNursingRoom handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<NursingRoomView>, ProblemHttpResult>> CreateRoom(NursingRoomInput input, SaveNursingRoom handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, input, ct)).ToResult(r => TypedResults.Created($"/api/nursing-rooms/{r.Id}", r));

    private static async Task<Results<Ok<NursingRoomView>, ProblemHttpResult>> UpdateRoom(int id, NursingRoomInput input, SaveNursingRoom handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);
}
