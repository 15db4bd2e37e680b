using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Network;

namespace WorkerHome.Features.Account;

/// <summary>The form posts behind the worker pages' sign-out and large-font buttons.</summary>
public static class AccountPages
{
    public const string LargeFontCookie = "wh.large";

    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", Logout).ExcludeFromDescription();
        app.MapPost("/preferences/large-font", ToggleLargeFont).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Logout(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/");
    }

    /// <summary>Flips 适老化 mode. A cookie, so it persists for this phone even before signing in.</summary>
    private static IResult ToggleLargeFont(HttpContext context, [FromForm] string? returnUrl)
    {
        var on = context.Request.Cookies[LargeFontCookie] != "1";
        context.Response.Cookies.Append(LargeFontCookie, on ? "1" : "0", new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Secure = context.Request.IsHttps,
        });
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) => LocalUrls.IsSafe(url);
}
