using Microsoft.AspNetCore.Http.HttpResults;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Notifications;

public static class NotificationsApi
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.Problem() is null, "Notifications:Outbox settings are inconsistent (see OutboxOptions.Problem).")
            .ValidateOnStart();
        // Logging senders by default; a real sender registered later for a channel takes its place.
        services.AddSingleton<INotificationSender>(sp => new LoggingSender(NotificationChannel.Sms, sp.GetRequiredService<ILogger<LoggingSender>>()));
        services.AddSingleton<INotificationSender>(sp => new LoggingSender(NotificationChannel.WeChat, sp.GetRequiredService<ILogger<LoggingSender>>()));
        services.AddHostedService<OutboxDispatcher>();
        return services
            .AddScoped<Notifier>()
            .AddScoped<ListMyNotifications>()
            .AddScoped<CountUnread>()
            .AddScoped<MarkRead>();
    }

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/me/notifications").WithTags("我的消息").RequireAuthorization().ProducesProblem(401);
        mine.MapGet("/", List).WithSummary("我的消息（未读在前，再按时间从新到旧）").ProducesProblem(400);
        mine.MapGet("/unread-count", Unread).WithSummary("未读消息数");
        mine.MapPost("/{id:long}/read", Read).WithSummary("标为已读（仅限本人的消息）").ProducesProblem(404);
        mine.MapPost("/read-all", ReadAll).WithSummary("全部标为已读");
        return app;
    }

    private static async Task<Results<Ok<NotificationPage>, ProblemHttpResult>> List(ListMyNotifications handler, CancellationToken ct,
        int page = 1, int pageSize = 20) =>
        (await handler.HandleAsync(page, pageSize, ct)).ToResult(TypedResults.Ok);

    private static async Task<Ok<UnreadCount>> Unread(CountUnread handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Ok<MarkedRead>, ProblemHttpResult>> Read(long id, MarkRead handler, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<MarkedRead>, ProblemHttpResult>> ReadAll(MarkRead handler, CancellationToken ct) =>
        (await handler.AllAsync(ct)).ToResult(TypedResults.Ok);
}
