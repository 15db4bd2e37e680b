using Microsoft.AspNetCore.Mvc;

namespace WorkerHome.Features.Dispatch;

/// <summary>
/// The form posts behind the 接单 and 婉拒 buttons of 我的派单: they work without JavaScript and answer with a
/// redirect back to the page, which shows the result (or the problem, under the form it came from).
/// </summary>
public static class DispatchForms
{
    private const string Page = "/volunteer/dispatches";

    public static IEndpointRouteBuilder MapDispatchForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/volunteer/dispatches/{id:int}/accept", Accept).ExcludeFromDescription();
        app.MapPost("/volunteer/dispatches/{id:int}/decline", Decline).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Accept(HttpContext context, int id, AcceptDispatch handler, CancellationToken ct)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect("/login?returnUrl=" + Uri.EscapeDataString(Page));
        }
        var outcome = await handler.HandleAsync(id, ct);
        return Results.LocalRedirect(outcome.Succeeded ? $"{Page}?accepted={id}" : $"{Page}?problem={outcome.Problem.Code}&dispatch={id}");
    }

    private static async Task<IResult> Decline(HttpContext context, int id, [FromForm] string? reason, DeclineDispatch handler, CancellationToken ct)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect("/login?returnUrl=" + Uri.EscapeDataString(Page));
        }
        var outcome = await handler.HandleAsync(id, new DeclineDispatchRequest { Reason = reason }, ct);
        if (outcome.Succeeded)
        {
            return Results.LocalRedirect($"{Page}?declined={id}");
        }
        var field = outcome.Problem.Errors?.GetValueOrDefault("reason")?.FirstOrDefault();
        return Results.LocalRedirect(field is null
            ? $"{Page}?problem={outcome.Problem.Code}&dispatch={id}"
            : $"{Page}?reasonError={Uri.EscapeDataString(field)}&dispatch={id}#decline-{id}");
    }
}
