using Microsoft.AspNetCore.OutputCaching;
using WorkerHome.Features.Account;

namespace WorkerHome.Infrastructure.Caching;

/// <summary>
/// The public reads every worker's phone asks for (the menu, site search, nearest sites, a site, a menu item) are the
/// same for every anonymous caller, so each node keeps their answers for a few seconds (<c>Caching:PublicReadSeconds</c>,
/// default 5; 0 turns it off). The framework's default output-cache rules apply on top: only GET/HEAD, only 200s, never
/// a request with an Authorization header or a signed-in user, never a response that sets a cookie. So staff views,
/// a worker's own pages and anything personal are never cached; a change to a site or a menu shows to anonymous
/// callers within those seconds (seats themselves are always taken against the database, never the cache).
/// Per node, in memory: nothing to share between nodes, and the staleness bound is the same on each.
/// </summary>
public static class PublicReadCache
{
    public const string Policy = "public-read";

    /// <summary>
    /// The worker HTML pages an anonymous visitor reads (home, menu, a menu item, site search, nearest sites, a site):
    /// the same seconds, per URL and query and per large-font choice (the <c>wh.large</c> cookie changes the page).
    /// Put on a page component with <c>@attribute [OutputCache(PolicyName = PublicReadCache.PagePolicy)]</c>, which
    /// becomes the page endpoint's metadata. Only pages whose anonymous rendering has no per-visitor part (no
    /// antiforgery token, no cookie set) can carry it; a signed-in worker's page is never stored or served (the
    /// default rules above), so their name and 我的 never reach anyone else.
    /// </summary>
    public const string PagePolicy = "public-page";

    public static IServiceCollection AddPublicReadCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Caching:PublicReadSeconds", 5);
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64L * 1024 * 1024;
            options.AddPolicy(Policy, policy => Timed(policy, seconds));
            options.AddPolicy(PagePolicy, policy => Timed(policy, seconds)?.VaryByValue(LargeFontVariant));
        });
        AnonymousPageAntiforgery.Decorate(services);
        return services;
    }

    /// <summary>Kept for the configured seconds, per URL and query; null (nothing kept) when the cache is off.</summary>
    private static OutputCachePolicyBuilder? Timed(OutputCachePolicyBuilder policy, int seconds)
    {
        if (seconds <= 0)
        {
            policy.NoCache();
            return null;
        }
        return policy.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("*");
    }

    /// <summary>The two ways a worker page renders: standard or large font (anything but "1" renders standard).</summary>
    private static KeyValuePair<string, string> LargeFontVariant(HttpContext context) =>
        new("large", context.Request.Cookies[AccountPages.LargeFontCookie] == "1" ? "1" : "0");

    /// <summary>Marks an anonymous read as cacheable under <see cref="Policy"/>.</summary>
    public static TBuilder CachedForEveryone<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(Policy);
}
