using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Features.Account;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Privacy;

/// <summary>
/// The form post behind /me/privacy's 删除: runs <see cref="RequestDeletion"/>, signs the closed account out and shows
/// the outcome on a page reached with a short-lived protected token (the person is no longer signed in to read it).
/// </summary>
public static class DeletionPages
{
    private const string Purpose = "WorkerHome.DeletionOutcome";

    public static IEndpointRouteBuilder MapDeletionPages(this IEndpointRouteBuilder app)
    {
        // [FromForm] makes the antiforgery check apply; the confirmation box must be ticked.
        app.MapPost("/me/privacy/delete", Delete).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    /// <summary>The deletion request a token names, or null when it is not a fresh token of ours.</summary>
    public static int? ReadToken(IDataProtectionProvider protection, string? token)
    {
        ArgumentNullException.ThrowIfNull(protection);
        var payload = Protector(protection).TryUnprotect(token);
        return int.TryParse(payload, out var id) ? id : null;
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private static async Task<IResult> Delete([FromForm] string? confirm, RequestDeletion handler, SignInManager<AppUser> signIn,
        IDataProtectionProvider protection, CancellationToken ct)
    {
        if (confirm != "yes")
        {
            return Results.LocalRedirect("/me/privacy?error=" + Uri.EscapeDataString("请勾选确认后再提交"));
        }
        var outcome = await handler.HandleAsync(ct);
        if (!outcome.Succeeded)
        {
            var message = outcome.Problem.Detail is { Length: > 0 } detail ? $"{outcome.Problem.Title}。{detail}" : outcome.Problem.Title;
            return Results.LocalRedirect("/me/privacy?error=" + Uri.EscapeDataString(message));
        }
        if (outcome.Value.Status == DeletionStatus.Completed)
        {
            await signIn.SignOutAsync();
        }
        var token = Protector(protection).Protect(outcome.Value.RequestId.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(30));
        return Results.LocalRedirect("/privacy/deletion?token=" + Uri.EscapeDataString(token));
    }
}
