using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WorkerHome.Testing;

/// <summary>The host on a real Kestrel port: for browsers, and for load tests that open real sockets.</summary>
public interface IServerApp
{
    TestApp App { get; }

    string BaseUrl { get; }
}

internal static class Kestrel
{
    public static WebApplicationFactory<Program> OnLoopback(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        return factory;
    }

    public static string Address(TestApp app)
    {
        app.SkipIfUnavailable();
        return app.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}

public class SqliteServerApp : SqliteApp, IServerApp
{
    public TestApp App => this;

    public string BaseUrl => Kestrel.Address(this);

    protected override WebApplicationFactory<Program> ConfigureFactory(WebApplicationFactory<Program> factory) => Kestrel.OnLoopback(factory);
}

public class PostgresServerApp : PostgresApp, IServerApp
{
    public TestApp App => this;

    public string BaseUrl => Kestrel.Address(this);

    protected override WebApplicationFactory<Program> ConfigureFactory(WebApplicationFactory<Program> factory) => Kestrel.OnLoopback(factory);
}
