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
        return services;
    }

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app) => app;
}
