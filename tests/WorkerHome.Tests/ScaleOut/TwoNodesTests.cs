using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using WorkerHome.Proxy;
using WorkerHome.Testing;

namespace WorkerHome.Tests.ScaleOut;

/// <summary>
/// Two app nodes on one PostgreSQL database with the in-repo proxy in front, on real loopback ports: a sign-in made on
/// one node holds on the other and through the proxy (data-protection keys live in the database), an antiforgery
/// token issued by one node is accepted by the other, and a bearer token works everywhere.
/// </summary>
public sealed class TwoNodesTests(PostgresServerApp first) : IClassFixture<PostgresServerApp>, IAsyncLifetime
{
    private NamedPostgresServerApp? _second;
    private WebApplication? _proxy;

    private string ProxyUrl => _proxy!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public async ValueTask InitializeAsync()
    {
        var connection = first.Factory.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]!;
        var database = new NpgsqlConnectionStringBuilder(connection).Database!;
        _second = new NamedPostgresServerApp(Environment.GetEnvironmentVariable(PostgresApp.Variable)!, database);
        await _second.InitializeAsync();
        _proxy = ProxyHost.Build(["--urls", "http://127.0.0.1:0", "--Proxy:Nodes:0=" + first.BaseUrl, "--Proxy:Nodes:1=" + _second.BaseUrl],
            builder => builder.Logging.ClearProviders());
        await _proxy.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
    }

    private static HttpClient Browser(CookieContainer jar) =>
        new(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_sign_in_on_one_node_holds_on_the_other_and_through_the_proxy()
    {
        var jar = new CookieContainer();
        using var browser = Browser(jar);
        // The form (and its antiforgery cookie and token) from the first node, posted to the second.
        var form = await (await browser.GetAsync(first.BaseUrl + "/login")).TextAsync();
        using var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = HtmlPages.AntiforgeryToken(form), ["Input.UserName"] = "worker01", ["Input.Password"] = "Demo@2026",
        });
        // Cookies are per host and port: the jar hands the first node's cookies to the second (same loopback host).
        var signIn = await browser.PostAsync(_second!.BaseUrl + "/login", post);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.EndsWith("/me", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);

        foreach (var url in new[] { first.BaseUrl, _second.BaseUrl, ProxyUrl, ProxyUrl, ProxyUrl, ProxyUrl })
        {
            var me = await browser.GetAsync(url + "/me");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Contains("退出", await me.TextAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bearer_token_from_one_node_is_accepted_by_the_other_and_by_the_proxy()
    {
        using var client = new HttpClient();
        var token = await (await client.PostAsJsonAsync(first.BaseUrl + "/api/auth/token", new { userName = "leshan", password = "Demo@2026" }))
            .ReadAsync<TokenAnswer>();
        foreach (var url in new[] { _second!.BaseUrl, ProxyUrl, ProxyUrl, ProxyUrl })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url + "/api/console/statistics/dashboard");
            request.Headers.Authorization = new("Bearer", token.AccessToken);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
    }

    private sealed record TokenAnswer(string AccessToken);
}
