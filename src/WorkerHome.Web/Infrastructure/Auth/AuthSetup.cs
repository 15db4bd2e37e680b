using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using WorkerHome.Data;
using WorkerHome.Features.Account;

namespace WorkerHome.Infrastructure.Auth;

public static class AuthSetup
{
    /// <summary>Identity with cookies for pages and bearer tokens for the API; data-protection keys in the database.</summary>
    public static IServiceCollection AddAppAuth(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("WorkerHome").PersistKeysToDbContext<AppDbContext>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<DataScope>();
        StaffTwoFactorOptions.AddTo(services);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AppAuth.SmartScheme;
                options.DefaultChallengeScheme = AppAuth.SmartScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(AppAuth.SmartScheme, "Cookie or bearer", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AppAuth.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(AppAuth.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/forbidden";
            options.Cookie.Name = "wh.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            // The API answers 401/403 problems; only pages redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiAware(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAware(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<ProtectedUserStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();

        services.AddScoped<IAuthorizationHandler, ScopeRequirementHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AppAuth.StaffPolicy, p => p.RequireAuthenticatedUser().AddRequirements(ScopeRequirement.Staff))
            .AddPolicy(AppAuth.SystemAdminPolicy, p => p.RequireAuthenticatedUser().AddRequirements(ScopeRequirement.SystemAdmin))
            .AddPolicy(AppAuth.DictionaryPolicy, p => p.RequireAuthenticatedUser().AddRequirements(ScopeRequirement.DictionaryEditor));

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        return services;
    }

    private static Task ApiAware(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }
        return Task.CompletedTask;
    }

    /// <summary>Issues a bearer token for a principal, readable by the bearer handler on every node.</summary>
    public static (string Token, TimeSpan Lifetime) CreateBearerToken(BearerTokenOptions options, System.Security.Claims.ClaimsPrincipal principal, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var properties = new Microsoft.AspNetCore.Authentication.AuthenticationProperties
        {
            IssuedUtc = now,
            ExpiresUtc = now + options.BearerTokenExpiration,
        };
        var ticket = new Microsoft.AspNetCore.Authentication.AuthenticationTicket(principal, properties, AppAuth.BearerScheme);
        return (options.BearerTokenProtector.Protect(ticket), options.BearerTokenExpiration);
    }
}
