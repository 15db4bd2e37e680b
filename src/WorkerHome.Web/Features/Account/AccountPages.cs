using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WorkerHome.Infrastructure.Network;

namespace WorkerHome.Features.Account;

/// <summary>The endpoints behind the worker pages' sign-out button (a form post) and large-font switch (a link).</summary>
public static class AccountPages
{
    public const string LargeFontCookie = "wh.large";

    /// <summary>The large-font switch's address.</summary>
    public const string LargeFontPath = "/preferences/large-font";

    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", Logout).ExcludeFromDescription();
        app.MapGet(LargeFontPath, SetLargeFont).ExcludeFromDescription();
        // The form post the switch used to be, kept for pages rendered before it became a link (they carry a token).
        app.MapPost(LargeFontPath, ToggleLargeFont).ExcludeFromDescription();
        return app;
    }

    /// <summary>The switch's link for a page: turns the mode on (or off) and comes back to <paramref name="returnUrl"/>.</summary>
    public static string LargeFontHref(bool on, string returnUrl) =>
        $"{LargeFontPath}?on={(on ? "1" : "0")}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static async Task<IResult> Logout(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/");
    }

    /// <summary>
    /// Turns 适老化 mode on (<c>on=1</c>) or off (<c>on=0</c>). A cookie, so it persists for this phone even before
    /// signing in. A GET on purpose, though it sets a cookie: it changes only how this browser shows the pages, no data,
    /// so a forged link can at worst change someone's font size (not a CSRF risk worth a token), and a link needs no
    /// antiforgery token, which is what lets the anonymous worker pages carry no per-visitor token and be cached.
    /// Anything else in <c>on</c> (or nothing) leaves the cookie as it was; an unsafe return address goes home.
    /// </summary>
    private static IResult SetLargeFont(HttpContext context, string? on, string? returnUrl)
    {
        if (on is "1" or "0")
        {
            Store(context, on == "1");
        }
        context.Response.Headers.CacheControl = "no-store";
        return Back(returnUrl);
    }

    /// <summary>Flips the mode: the old form post (antiforgery-checked, as every form post is).</summary>
    private static IResult ToggleLargeFont(HttpContext context, [FromForm] string? returnUrl)
    {
        Store(context, context.Request.Cookies[LargeFontCookie] != "1");
        return Back(returnUrl);
    }

    private static void Store(HttpContext context, bool on) =>
        context.Response.Cookies.Append(LargeFontCookie, on ? "1" : "0", new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Secure = context.Request.IsHttps,
        });

    private static IResult Back(string? returnUrl) => Results.LocalRedirect(LocalUrls.IsSafe(returnUrl) ? returnUrl! : "/");
}
