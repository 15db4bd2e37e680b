using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace WorkerHome.Infrastructure.Caching;

/// <summary>
/// Blazor's page endpoint stores an antiforgery cookie on every page response, whether or not the page rendered a form
/// (it calls <see cref="IAntiforgery.GetAndStoreTokens"/> as the response starts, because an app with interactive
/// render modes might need it), and the output cache never stores a response that sets a cookie. For an anonymous GET
/// of a page under <see cref="PublicReadCache.PagePolicy"/> this wrapper hands out the tokens without storing the
/// cookie: those pages render no token for anonymous visitors (their switch is a link, their 点单/我想参加 lead to
/// sign-in; <c>PublicPageCacheTests</c> checks every one), so no form could need it. Everyone else, and every other
/// page, gets the framework's behaviour unchanged.
/// </summary>
internal sealed class AnonymousPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsAnonymousPublicPageRead(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool IsAnonymousPublicPageRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && !context.Request.Headers.ContainsKey(HeaderNames.Authorization)
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == PublicReadCache.PagePolicy;

    /// <summary>Puts the wrapper around the framework's <see cref="IAntiforgery"/> (registering that first if needed).</summary>
    internal static void Decorate(IServiceCollection services)
    {
        services.AddAntiforgery();
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(original);
        services.AddSingleton<IAntiforgery>(provider => new AnonymousPageAntiforgery(original switch
        {
            { ImplementationInstance: IAntiforgery instance } => instance,
            { ImplementationFactory: { } factory } => (IAntiforgery)factory(provider),
            _ => (IAntiforgery)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!),
        }));
    }
}
