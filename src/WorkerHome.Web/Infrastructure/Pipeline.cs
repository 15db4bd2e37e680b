using WorkerHome.Infrastructure.Security;

namespace WorkerHome.Infrastructure;

public static class Pipeline
{
    /// <summary>The middleware, in order: errors, status pages, security headers, static files, identity, limits, public cache, antiforgery.</summary>
    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The client's address and scheme as the reverse proxy saw them (Network/ForwardedHeadersSetup).
        app.UseForwardedHeaders();
        // API failures become problems (AppExceptionHandler); page failures show the error page.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.MapStaticAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAppRateLimiter();
        // After authentication, so that a signed-in caller is never served (or stored) from the public cache.
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    internal static bool IsApi(HttpContext context) => IsApi(context.Request.Path);

    internal static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
}
