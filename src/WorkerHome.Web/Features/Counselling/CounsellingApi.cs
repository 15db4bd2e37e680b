using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>心理驿站.</summary>
public static class CounsellingApi
{
    public static IServiceCollection AddCounsellingFeature(this IServiceCollection services)
    {
        services.AddOptions<CounsellingOptions>().BindConfiguration(CounsellingOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Counselling:UnguardedForTests removes the slot guard and is refused outside the Testing environment.")
            .Validate(o => o.MaxUpcomingPerWorker >= 1, "Counselling:MaxUpcomingPerWorker must be at least 1.")
            .ValidateOnStart();
        return services
            .AddScoped<CrisisWords>()
            .AddScoped<DeskAccess>()
            .AddScoped<ListSlots>()
            .AddScoped<GetSlot>()
            .AddScoped<BookSlot>()
            .AddScoped<ListMyBookings>()
            .AddScoped<GetMyBooking>()
            .AddScoped<CancelBooking>()
            .AddScoped<PublishSlot>()
            .AddScoped<WithdrawSlot>()
            .AddScoped<GetDesk>()
            .AddScoped<GetDeskBooking>()
            .AddScoped<RevealContact>()
            .AddScoped<SaveSessionNote>()
            .AddScoped<RecordOutcome>()
            .AddScoped<ListSiteBookings>()
            .AddScoped<ListCounsellors>();
    }

    public static IEndpointRouteBuilder MapCounsellingApi(this IEndpointRouteBuilder app)
    {
        var workers = app.MapGroup("/api/counselling").WithTags("心理驿站").RequireAuthorization().ProducesProblem(401);
        workers.MapGet("/slots", Slots).WithSummary("可预约的咨询时段（可按阵地、起始日期筛选）");
        workers.MapGet("/slots/{id:int}", Slot).WithSummary("咨询时段详情").ProducesProblem(404);
        workers.MapPost("/slots/{id:int}/bookings", Book).WithSummary("以化名预约咨询时段（留言含危机信号时返回援助热线）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        workers.MapGet("/my-bookings", MyBookings).WithSummary("我的心理咨询预约");
        workers.MapGet("/my-bookings/{id:int}", MyBooking).WithSummary("我的一条预约（查看留痕）").ProducesProblem(404);
        workers.MapPost("/my-bookings/{id:int}/cancel", Cancel).WithSummary("开始前取消我的预约").ProducesProblem(404).ProducesProblem(409);

        var desk = app.MapGroup("/api/counselling/desk").WithTags("心理驿站·咨询师").RequireAuthorization().ProducesProblem(401).ProducesProblem(403);
        desk.MapGet("/", Desk).WithSummary("咨询师工作台：预约（危机标记在前）、时段、可面谈的阵地");
        desk.MapPost("/slots", Publish).WithSummary("发布咨询时段").ProducesProblem(400).ProducesProblem(409);
        desk.MapDelete("/slots/{id:int}", Withdraw).WithSummary("撤回未被预约的时段").ProducesProblem(404).ProducesProblem(409);
        desk.MapGet("/bookings/{id:int}", DeskBooking).WithSummary("预约详情：来访者、留言、会谈记录（仅本咨询师；查看留痕）").ProducesProblem(404);
        desk.MapPost("/bookings/{id:int}/contact", Contact).WithSummary("查看来访者完整联系方式（留痕）").ProducesProblem(404);
        desk.MapPut("/bookings/{id:int}/note", Note).WithSummary("保存会谈记录（加密，需提供版本号）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        desk.MapPost("/bookings/{id:int}/outcome", Outcome).WithSummary("登记咨询结果：已完成 / 未到")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        var staff = app.MapGroup("/api/console/counselling").WithTags("心理驿站·工作人员").RequireAuthorization(AppAuth.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);
        staff.MapGet("/bookings", SiteBookings).WithSummary("管辖阵地的咨询预约（仅化名、时间、方式、咨询师、状态）").ProducesProblem(400);
        staff.MapGet("/counsellors", Counsellors).WithSummary("服务管辖阵地的心理咨询师");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<CounsellingSlotItem>>, ProblemHttpResult>> Slots(ListSlots handler, CancellationToken ct,
        int? siteId = null, DateOnly? from = null) =>
        (await handler.HandleAsync(siteId, from, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CounsellingSlotItem>, ProblemHttpResult>> Slot(int id, GetSlot handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<BookingConfirmation>, ProblemHttpResult>> Book(int id, BookingInput input, BookSlot handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(b => TypedResults.Created($"/api/counselling/my-bookings/{b.Id}", b));

    private static async Task<Results<Ok<IReadOnlyList<MyCounsellingBooking>>, ProblemHttpResult>> MyBookings(ListMyBookings handler, CancellationToken ct) =>
        (await handler.HandleAsync(null, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MyCounsellingBooking>, ProblemHttpResult>> MyBooking(int id, GetMyBooking handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Cancel(int id, CancelBooking handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<CounsellingDesk>, ProblemHttpResult>> Desk(GetDesk handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<CounsellingSlotItem>, ProblemHttpResult>> Publish(SlotInput input, PublishSlot handler, CancellationToken ct) =>
        (await handler.HandleAsync(input, ct)).ToResult(s => TypedResults.Created($"/api/counselling/slots/{s.Id}", s));

    private static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(int id, WithdrawSlot handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<DeskBookingDetail>, ProblemHttpResult>> DeskBooking(int id, GetDeskBooking handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<ContactDetails>, ProblemHttpResult>> Contact(int id, RevealContact handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<SessionNoteSaved>, ProblemHttpResult>> Note(int id, SessionNoteInput input, SaveSessionNote handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Outcome(int id, OutcomeInput input, RecordOutcome handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, input, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<PagedList<SiteCounsellingBooking>>, ProblemHttpResult>> SiteBookings([AsParameters] SiteBookingSearch search,
        ListSiteBookings handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<CounsellorItem>>, ProblemHttpResult>> Counsellors(ListCounsellors handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);
}
