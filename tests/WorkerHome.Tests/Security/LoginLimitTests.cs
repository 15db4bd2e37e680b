using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Security;

/// <summary>A host with the real sign-in limits (10 a minute per client and name, 30 per client).</summary>
public sealed class LoginLimitedSqliteApp : SqliteApp
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        base.AddSettings(settings);
        settings["Security:Login:PerNamePerMinute"] = "10";
        settings["Security:Login:PerClientPerMinute"] = "30";
    }
}

/// <summary>
/// Sign-in attempts beyond the limits answer 429 with a problem and Retry-After, on the token endpoint and on the
/// sign-in form; other names from the same client, and other clients, are not held up. Each test uses its own client
/// address (set on the test server's connection), so the tests do not share counters.
/// </summary>
public sealed class LoginLimitTests(LoginLimitedSqliteApp app) : IClassFixture<LoginLimitedSqliteApp>
{
    [Fact]
    public async Task Twelve_concurrent_attempts_for_one_name_let_ten_through_and_the_rest_are_429_while_another_name_signs_in()
    {
        const string client = "10.1.0.1";
        var rush = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => TokenAsync(client, "nobody-rush", "wrong-password1"))));
        Assert.Equal(10, rush.Count(r => r.Status == StatusCodes.Status401Unauthorized));
        Assert.Equal(2, rush.Count(r => r.Status == StatusCodes.Status429TooManyRequests));

        var refused = await TokenAsync(client, "NOBODY-rush ", "wrong-password1");
        AssertTooMany(refused);

        var other = await TokenAsync(client, "xigu", "Demo@2026");
        Assert.Equal(StatusCodes.Status200OK, other.Status);
        Assert.Contains("accessToken", other.Body, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status401Unauthorized, (await TokenAsync("10.1.0.2", "nobody-rush", "wrong-password1")).Status);
    }

    [Fact]
    public async Task One_client_gets_thirty_attempts_a_minute_whatever_the_names()
    {
        const string client = "10.2.0.1";
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(StatusCodes.Status401Unauthorized, (await TokenAsync(client, $"nobody-{i}", "wrong-password1")).Status);
        }
        AssertTooMany(await TokenAsync(client, "xigu", "Demo@2026"));
        Assert.Equal(StatusCodes.Status200OK, (await TokenAsync("10.2.0.2", "xigu", "Demo@2026")).Status);
    }

    [Fact]
    public async Task The_sign_in_form_is_limited_too_with_a_page_in_plain_words_and_showing_the_form_is_not()
    {
        const string client = "10.3.0.1";
        for (var i = 0; i < 10; i++)
        {
            var attempt = await FormAsync(client, "nobody-form");
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, attempt.Status);
        }
        var limited = await FormAsync(client, "nobody-form");
        Assert.Equal(StatusCodes.Status429TooManyRequests, limited.Status);
        Assert.Equal("text/html", limited.ContentType);
        Assert.Contains("登录尝试过于频繁，请稍后再试", limited.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"/login\"", limited.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", limited.Body, StringComparison.Ordinal);
        Assert.InRange(int.Parse(limited.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var page = await SendAsync(client, "GET", "/login", null, null);
        Assert.Equal(StatusCodes.Status200OK, page.Status);
    }

    private static void AssertTooMany(Reply reply)
    {
        Assert.True(reply.Status == StatusCodes.Status429TooManyRequests, $"Expected 429, got {reply.Status}: {reply.Body}");
        Assert.StartsWith("application/problem+json", reply.ContentType, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(reply.Body).RootElement;
        Assert.Equal("too_many_attempts", problem.GetProperty("code").GetString());
        Assert.Equal("登录尝试过于频繁，请稍后再试", problem.GetProperty("title").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.InRange(int.Parse(reply.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    private Task<Reply> TokenAsync(string client, string userName, string password) =>
        SendAsync(client, "POST", "/api/auth/token", "application/json", JsonSerializer.Serialize(new { userName, password }));

    // No antiforgery token: the limiter runs before the form is checked, so the attempt counts all the same.
    private Task<Reply> FormAsync(string client, string userName) =>
        SendAsync(client, "POST", "/login", "application/x-www-form-urlencoded",
            $"_handler=login&Input.UserName={Uri.EscapeDataString(userName)}&Input.Password=wrong-password1");

    private async Task<Reply> SendAsync(string client, string method, string path, string? contentType, string? body)
    {
        app.SkipIfUnavailable();
        using var http = new HttpClient(app.Factory.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(client)))
        {
            BaseAddress = app.Factory.Server.BaseAddress,
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        }
        using var response = await http.SendAsync(request);
        return new Reply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "",
            response.Headers.RetryAfter?.Delta is { } retry ? ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            await response.Content.ReadAsStringAsync());
    }

    private sealed record Reply(int Status, string ContentType, string? RetryAfter, string Body);
}
