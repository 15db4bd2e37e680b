using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Orders;

/// <summary>
/// Requests that move seats wait their turn here, in arrival order, before they touch the database. Every seat
/// change of a session serialises on that session's row anyway; letting a rush of thousands all open connections
/// and queue on the row lock only exhausts the connection pool and slows the lock queue down. A few at a time per
/// node keep PostgreSQL busy and the rest wait in memory. Correctness never depends on this: it is the database's
/// conditional update and locks that guard the seats (see <see cref="PlaceOrder"/>).
/// </summary>
public static class SeatTurns
{
    public const string Policy = "seats";

    public static readonly AppProblem Busy = new("too_busy", "点单的人太多了，请稍后再试", 503);

    public static IServiceCollection AddSeatTurns(this IServiceCollection services, OrderingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(Policy, seats =>
            {
                seats.PermitLimit = options.ConcurrentSeatRequests;
                seats.QueueLimit = options.QueuedSeatRequests;
                seats.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = Busy.Status;
                context.HttpContext.Response.Headers.RetryAfter = "5";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = Busy.ToProblemDetails() });
            };
        });
    }
}
