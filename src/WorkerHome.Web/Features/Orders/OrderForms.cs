using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Network;

namespace WorkerHome.Features.Orders;

/// <summary>
/// The form posts behind the worker pages' 点单 and 取消 buttons: they work without JavaScript and answer with a
/// redirect to 我的点单, where the result (confirmed, or the place on the waiting list) is shown.
/// </summary>
public static class OrderForms
{
    public static IEndpointRouteBuilder MapOrderForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/orders/place", Place).RequireRateLimiting(SeatTurns.Policy).ExcludeFromDescription();
        app.MapPost("/orders/{id:int}/cancel", Cancel).RequireRateLimiting(SeatTurns.Policy).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Place(HttpContext context, [FromForm] int sessionId, [FromForm] string? returnUrl, PlaceOrder handler, CancellationToken ct)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect("/login?returnUrl=" + Uri.EscapeDataString(Local(returnUrl) ?? "/menu"));
        }
        var outcome = await handler.HandleAsync(sessionId, new PlaceOrderRequest(), ct);
        return outcome.Succeeded
            ? Results.LocalRedirect($"/me/orders?placed={outcome.Value.Order.Id}")
            : Results.LocalRedirect($"{Local(returnUrl) ?? "/me/orders"}{(Local(returnUrl)?.Contains('?', StringComparison.Ordinal) == true ? "&" : "?")}problem={outcome.Problem.Code}");
    }

    private static async Task<IResult> Cancel(HttpContext context, int id, CancelOrder handler, CancellationToken ct)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect("/login?returnUrl=/me/orders");
        }
        var outcome = await handler.HandleAsync(id, ct);
        return Results.LocalRedirect(outcome.Succeeded ? $"/me/orders?cancelled={id}" : $"/me/orders?problem={outcome.Problem.Code}");
    }

    private static string? Local(string? url) => LocalUrls.IsSafe(url) ? url : null;
}
