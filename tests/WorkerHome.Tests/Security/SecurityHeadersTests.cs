using System.Net;
using System.Text.RegularExpressions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Security;

/// <summary>
/// Every kind of response carries the security headers, the policy allows no inline script, and no page renders a
/// script or an event handler attribute that the policy would block. Headers only: SQLite is enough.
/// </summary>
public sealed partial class SecurityHeadersTests(SqliteApp app)
{
    [Theory]
    [InlineData("/", null, HttpStatusCode.OK)]
    [InlineData("/login", null, HttpStatusCode.OK)]
    [InlineData("/console/sites", "emeishan", HttpStatusCode.OK)]
    [InlineData("/api/me", "emeishan", HttpStatusCode.OK)]
    [InlineData("/api/no-such-thing", null, HttpStatusCode.NotFound)]
    [InlineData("/no-such-page", null, HttpStatusCode.NotFound)]
    [InlineData("/favicon.svg", null, HttpStatusCode.OK)]
    [InlineData("/js/worker.js", null, HttpStatusCode.OK)]
    public async Task Every_kind_of_response_carries_the_security_headers(string path, string? account, HttpStatusCode status)
    {
        using var client = account is null ? app.Anonymous() : await app.As(account);
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=(self)", permissions, StringComparison.Ordinal);

        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'self'"], policy["base-uri"]);
        Assert.Equal(["'self'"], policy["form-action"]);
        Assert.DoesNotContain(policy.Values.SelectMany(v => v), v => v is "'unsafe-eval'" or "*");
        Assert.DoesNotContain(policy.Where(d => d.Key != "style-src").SelectMany(d => d.Value), v => v == "'unsafe-inline'");
    }

    [Fact]
    public async Task No_page_renders_an_inline_script_or_event_handler_the_policy_would_block()
    {
        using var anonymous = app.Anonymous();
        using var staff = await app.As("emeishan");
        var pages = new (HttpClient Client, string Path)[]
        {
            (anonymous, "/"), (anonymous, "/login"), (anonymous, "/register"), (anonymous, "/results"), (anonymous, "/sites"),
            (staff, "/console/sites"), (staff, "/console/statistics"), (staff, "/reports/monthly?month=2026-10"), (staff, "/me"),
        };
        foreach (var (client, path) in pages)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
            Assert.NotEmpty(scripts);
            foreach (var script in scripts)
            {
                var isDataBlock = DataType().IsMatch(script);
                Assert.True(script.Contains(" src=", StringComparison.Ordinal) || isDataBlock, $"{path} renders an inline script: {script}");
            }
            Assert.DoesNotMatch(ImportMap(), html);
            var handler = EventHandlerAttribute().Match(html);
            Assert.False(handler.Success, $"{path} renders an inline event handler: {handler.Value}");
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_strict_and_secure_over_https()
    {
        using var https = app.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var response = await https.GetAsync("/login");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        using var http = app.Anonymous();
        using var plain = await http.GetAsync("/login");
        var loopback = Assert.Single(plain.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", loopback, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_lax_and_secure_over_https()
    {
        using var https = app.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var response = await LoginForm.PostAsync(https, "emeishan", "Demo@2026");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wh.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");

    private static Dictionary<string, string[]> Directives(string policy) => policy
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("type=\"application/(ld\\+)?json\"", RegexOptions.IgnoreCase)]
    private static partial Regex DataType();

    [GeneratedRegex("type=\"importmap\"", RegexOptions.IgnoreCase)]
    private static partial Regex ImportMap();

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
