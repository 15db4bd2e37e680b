namespace WorkerHome.Features.Attendance;

public static class AttendanceApi
{
    public static IServiceCollection AddAttendanceFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAttendanceApi(this IEndpointRouteBuilder app) => app;
}
