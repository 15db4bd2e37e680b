using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Orders;

public static class OrdersApi
{
    public static IServiceCollection AddOrdersFeature(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(OrderingOptions.Section).Get<OrderingOptions>() ?? new OrderingOptions();
        if (options.UnguardedForTests && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException("Ordering:UnguardedForTests removes the seat guard and is refused outside the Testing environment.");
        }
        services.AddOptions<OrderingOptions>().Bind(configuration.GetSection(OrderingOptions.Section));
        return services
            .AddSeatTurns(options)
            .AddScoped<OperationLogWriter>()
            .AddScoped<SeatKeeper>()
            .AddScoped<PlaceOrder>()
            .AddScoped<CancelOrder>()
            .AddScoped<ListMyOrders>()
            .AddScoped<ExportMyCalendar>();
    }

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions/{sessionId:int}/orders", Place).WithTags("点单")
            .WithSummary("点单：有空位则确认，否则进入候补（重复点单返回原订单；工作人员可代点单）")
            .RequireAuthorization().RequireRateLimiting(SeatTurns.Policy)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(503);
        app.MapDelete("/api/orders/{id:int}", Cancel).WithTags("点单").WithSummary("取消点单（空出的名额自动给候补第一位）")
            .RequireAuthorization().RequireRateLimiting(SeatTurns.Policy).ProducesProblem(401).ProducesProblem(404).ProducesProblem(409).ProducesProblem(503);
        app.MapGet("/api/me/orders", Mine).WithTags("点单").WithSummary("我的点单（含候补位次）").RequireAuthorization().ProducesProblem(401);
        app.MapGet("/api/me/calendar.ics", Calendar).WithTags("点单").WithSummary("我的已确认场次（iCalendar 文件）")
            .RequireAuthorization().Produces(200, contentType: "text/calendar").ProducesProblem(401);
        app.MapOrderForms();
        return app;
    }

    private static async Task<Results<Created<OrderView>, Ok<OrderView>, ProblemHttpResult>> Place(int sessionId, PlaceOrderRequest? request, PlaceOrder handler, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(sessionId, request ?? new PlaceOrderRequest(), ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem.ToHttpResult();
        }
        var placed = outcome.Value;
        return placed.Created ? TypedResults.Created($"/api/me/orders#{placed.Order.Id}", placed.Order) : TypedResults.Ok(placed.Order);
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> Cancel(int id, CancelOrder handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Ok<IReadOnlyList<MyOrder>>> Mine(ListMyOrders handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<FileContentHttpResult> Calendar(ExportMyCalendar handler, CancellationToken ct) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await handler.HandleAsync(ct)), "text/calendar; charset=utf-8", "职工之家课程.ics");
}
