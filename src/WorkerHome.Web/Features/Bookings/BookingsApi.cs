namespace WorkerHome.Features.Bookings;

/// <summary>场地预约.</summary>
public static class BookingsApi
{
    public static IServiceCollection AddBookingsFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app) => app;
}
