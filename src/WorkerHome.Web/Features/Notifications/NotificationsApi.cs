using Microsoft.Extensions.Options;

namespace WorkerHome.Features.Notifications;

public static class NotificationsApi
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section));
        return services.AddScoped<Notifier>();
    }

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app) => app;
}
