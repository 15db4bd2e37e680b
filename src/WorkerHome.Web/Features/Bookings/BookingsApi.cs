using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

/// <summary>场地预约.</summary>
public static class BookingsApi
{
    public static IServiceCollection AddBookingsFeature(this IServiceCollection services)
    {
        services.AddOptions<BookingsOptions>().BindConfiguration(BookingsOptions.Section)
            .Validate<IHostEnvironment>((o, environment) => !o.UnguardedForTests || environment.IsEnvironment("Testing"),
                "Bookings:UnguardedForTests removes the double-booking guard and is refused outside the Testing environment.")
            .ValidateOnStart();
        services.AddOptions<ReleasePassOptions>().BindConfiguration(ReleasePassOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize is >= 1 and <= 1000,
                "Bookings:ReleasePass needs a positive Interval and a BatchSize between 1 and 1000.")
            .ValidateOnStart();
        services.AddSingleton<ReleaseNoShows>();
        services.AddHostedService(sp => sp.GetRequiredService<ReleaseNoShows>());
        return services
            .AddSingleton<RoomCheckInTokens>()
            .AddScoped<BookingsAccess>()
            .AddScoped<ListSiteRooms>()
            .AddScoped<GetRoom>()
            .AddScoped<GetRoomSlots>()
            .AddScoped<SaveRoom>()
            .AddScoped<BookRoom>()
            .AddScoped<CancelBooking>()
            .AddScoped<DecideBooking>()
            .AddScoped<CheckInBooking>()
            .AddScoped<ListMyBookings>()
            .AddScoped<ListBookings>()
            .AddScoped<CreateSeries>()
            .AddScoped<CancelSeries>();
    }

    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api").WithTags("场地预约");
        open.MapGet("/sites/{siteId:int}/rooms", ListRooms).WithSummary("阵地的可预约场地（includeInactive=true 时工作人员可见停用的）").ProducesProblem(404);
        open.MapGet("/rooms/{id:int}", GetRoom).WithSummary("场地详情与预约规则").ProducesProblem(404);
        open.MapGet("/rooms/{id:int}/slots", Slots).WithSummary("场地某天的时段（date 为北京时间日期，默认今天）").ProducesProblem(400).ProducesProblem(404);

        var worker = app.MapGroup("/api").WithTags("场地预约").RequireAuthorization().ProducesProblem(401);
        worker.MapPost("/rooms/{id:int}/bookings", Book).WithSummary("预约场地（一个或连续多个时段）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        worker.MapGet("/me/bookings", Mine).WithSummary("我的场地预约");
        worker.MapPost("/bookings/{id:int}/cancel", Cancel).WithSummary("取消预约（本人开始前；或阵地工作人员）").ProducesProblem(404).ProducesProblem(409);
        worker.MapPost("/rooms/check-in", CheckIn).WithSummary("扫场地二维码签到").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        var staff = app.MapGroup("/api").WithTags("场地预约").RequireAuthorization(AppAuth.StaffPolicy).ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/sites/{siteId:int}/rooms", CreateRoom).WithSummary("新增可预约场地").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPut("/rooms/{id:int}", UpdateRoom).WithSummary("修改场地与预约规则（含停用）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/rooms/{id:int}/check-in-code", Code).WithSummary("场地某天的签到二维码内容").ProducesProblem(404);
        staff.MapGet("/bookings", List).WithSummary("管理范围内的场地预约（按日期、阵地、场地、状态筛选）").ProducesProblem(400);
        staff.MapPost("/bookings/{id:int}/approve", Approve).WithSummary("审核通过").ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/bookings/{id:int}/reject", Reject).WithSummary("审核不通过（需填写原因）").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/bookings/{id:int}/check-in", CheckInByHand).WithSummary("工作人员代为签到").ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/rooms/{id:int}/series", CreateSeries).WithSummary("周期预约（团体每周固定时段；空闲的预约成功，冲突的列出）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/booking-series/{id:int}/cancel", CancelSeries).WithSummary("取消周期预约中尚未开始的各次").ProducesProblem(404);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<RoomView>>, ProblemHttpResult>> ListRooms(int siteId, ListSiteRooms handler, CancellationToken ct, bool includeInactive = false) =>
        (await handler.HandleAsync(siteId, includeInactive, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RoomDetail>, ProblemHttpResult>> GetRoom(int id, GetRoom handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<DaySlots>, ProblemHttpResult>> Slots(int id, GetRoomSlots handler, CancellationToken ct, DateOnly? date = null) =>
        (await handler.HandleAsync(id, date, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<BookingView>, ProblemHttpResult>> Book(int id, BookRoomRequest request, BookRoom handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(b => TypedResults.Created($"/api/me/bookings#{b.Id}", b));

    private static async Task<Results<Ok<MyBookings>, ProblemHttpResult>> Mine(ListMyBookings handler, CancellationToken ct) =>
        (await handler.HandleAsync(ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Cancel(int id, CancelBooking handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<BookingView>, ProblemHttpResult>> CheckIn(RoomCheckInRequest request, CheckInBooking handler, CancellationToken ct) =>
        (await handler.WithTokenAsync(request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<RoomView>, ProblemHttpResult>> CreateRoom(int siteId, RoomInput input, SaveRoom handler, CancellationToken ct) =>
        (await handler.CreateAsync(siteId, input, ct)).ToResult(r => TypedResults.Created($"/api/rooms/{r.Id}", r));

    private static async Task<Results<Ok<RoomView>, ProblemHttpResult>> UpdateRoom(int id, RoomInput input, SaveRoom handler, CancellationToken ct) =>
        (await handler.UpdateAsync(id, input, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<RoomCheckInCode>, ProblemHttpResult>> Code(int id, CheckInBooking handler, HttpRequest http, CancellationToken ct, DateOnly? date = null) =>
        (await handler.CodeAsync(id, date, $"{http.Scheme}://{http.Host}", ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PagedList<BookingRow>>, ProblemHttpResult>> List([AsParameters] BookingSearch search, ListBookings handler, CancellationToken ct) =>
        (await handler.HandleAsync(search, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> Approve(int id, DecideBooking handler, CancellationToken ct) =>
        (await handler.ApproveAsync(id, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<NoContent, ProblemHttpResult>> Reject(int id, RejectBookingRequest request, DecideBooking handler, CancellationToken ct) =>
        (await handler.RejectAsync(id, request, ct)).ToResult(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<BookingView>, ProblemHttpResult>> CheckInByHand(int id, CheckInBooking handler, CancellationToken ct) =>
        (await handler.ByHandAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<SeriesResult>, ProblemHttpResult>> CreateSeries(int id, SeriesRequest request, CreateSeries handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, request, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<int>, ProblemHttpResult>> CancelSeries(int id, CancelSeries handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);
}
