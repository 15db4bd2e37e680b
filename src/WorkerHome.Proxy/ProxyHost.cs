using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.LoadBalancing;

namespace WorkerHome.Proxy;

/// <summary>
/// One route for every path to a cluster of app nodes (<c>Proxy:Nodes</c>, e.g. <c>--Proxy:Nodes:0=http://127.0.0.1:5101</c>).
/// Requests go round robin. A node that fails to answer is taken out at once (passive check) and every node's
/// <c>/health/ready</c> is asked every two seconds (active check), so a killed node or one whose database is gone stops
/// receiving requests until it answers again. YARP sets X-Forwarded-For/Proto/Host, which the app trusts from loopback.
/// </summary>
public static class ProxyHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var nodes = builder.Configuration.GetSection("Proxy:Nodes").Get<string[]>() is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException("Proxy:Nodes is empty: give the app nodes' addresses, e.g. --Proxy:Nodes:0=http://127.0.0.1:5101");
        var cluster = new ClusterConfig
        {
            ClusterId = "app",
            LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
            Destinations = nodes.Select((url, i) => (Name: "node" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Url: url))
                .ToDictionary(n => n.Name, n => new DestinationConfig { Address = n.Url }, StringComparer.Ordinal),
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true, Interval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(2), Policy = "ConsecutiveFailures", Path = "/health/ready",
                },
                Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = "TransportFailureRate", ReactivationPeriod = TimeSpan.FromSeconds(10) },
            },
        };
        var route = new RouteConfig { RouteId = "all", ClusterId = "app", Match = new RouteMatch { Path = "{**catch-all}" } };
        builder.Services.AddReverseProxy().LoadFromMemory([route], [cluster]);
        var app = builder.Build();
        app.MapReverseProxy(proxy => proxy.UsePassiveHealthChecks());
        return app;
    }
}

public static class ProxyProgram
{
    public static Task Main(string[] args) => ProxyHost.Build(args).RunAsync();
}
