using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WorkerHome.Infrastructure.Network;

/// <summary>
/// Behind a reverse proxy (the in-repo YARP proxy, nginx) the client's address and scheme arrive in X-Forwarded-For
/// and X-Forwarded-Proto: rate limits key on the real client and cookies know the request was HTTPS. Only proxies on
/// loopback are trusted by default; a proxy on another host is listed in <c>Network:KnownProxies</c> (IP addresses).
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddAppForwardedHeaders(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in configuration.GetSection("Network:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }
        });
}
