using Microsoft.AspNetCore.Antiforgery;

namespace WorkerHome.Infrastructure.Security;

public static class SecuritySetup
{
    /// <summary>
    /// Security headers, the sign-in limiter policy, and cookie flags: the antiforgery cookie is HttpOnly,
    /// SameSite=Strict and Secure when the request came over HTTPS (SameAsRequest keeps plain-HTTP loopback
    /// development working; production runs behind HTTPS). The sign-in cookie is set in AuthSetup the same way.
    /// </summary>
    public static IServiceCollection AddAppSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton<SecurityHeaders>();
        services.Configure<AntiforgeryOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, LoginLimiter>(LoginLimiter.Policy));
        return services;
    }

    /// <summary>Puts the security headers on every response, including error pages and static files.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var headers = app.Services.GetRequiredService<SecurityHeaders>();
        app.Use((context, next) =>
        {
            headers.Apply(context.Response);
            return next(context);
        });
        return app;
    }

    /// <summary>Reads the account name of sign-in posts, then runs the rate limiters (sign-in and seat turns).</summary>
    public static WebApplication UseAppRateLimiter(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            await LoginLimiter.ReadNameAsync(context);
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }
}
