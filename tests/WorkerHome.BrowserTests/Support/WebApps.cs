using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Testing;

namespace WorkerHome.BrowserTests.Support;

/// <summary>The host on a real Kestrel port, so a real browser can reach it.</summary>
public interface IWebApp
{
    TestApp App { get; }

    string BaseUrl { get; }
}

public sealed class SqliteWebApp : SqliteApp, IWebApp
{
    public TestApp App => this;

    public string BaseUrl => Address(this);

    protected override WebApplicationFactory<Program> ConfigureFactory(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        return factory;
    }

    internal static string Address(TestApp app)
    {
        app.SkipIfUnavailable();
        var addresses = app.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
    }
}

public sealed class PostgresWebApp : PostgresApp, IWebApp
{
    public TestApp App => this;

    public string BaseUrl => SqliteWebApp.Address(this);

    protected override WebApplicationFactory<Program> ConfigureFactory(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        return factory;
    }
}
