using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

public abstract class HealthAndErrorsTests(TestApp app)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_healthy_when_the_database_is_up()
    {
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_with_a_chinese_title()
    {
        using var client = app.Anonymous();
        await (await client.GetAsync("/api/no-such-thing")).ProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var client = app.Anonymous();
        using var content = new StringContent("{\"userName\": ", System.Text.Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/auth/token", content)).ProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }

    [Fact]
    public async Task A_json_body_in_an_unknown_charset_is_a_415_problem_not_a_500()
    {
        using var client = app.Anonymous();
        using var content = new StringContent("{\"userName\":\"x\",\"password\":\"y\"}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=no-such-charset");
        var problem = await (await client.PostAsync("/api/auth/token", content)).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Contains("no-such-charset", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_field()
    {
        using var client = await app.As("leshan");
        using var content = new StringContent("{\"name\":\"x\",\"form\":\"Castle\"}", System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync("/api/sites", content)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("form", problem.Errors().Keys);
    }

    [Fact]
    public async Task A_query_parameter_of_the_wrong_type_names_the_parameter()
    {
        using var client = app.Anonymous();
        var problem = await (await client.GetAsync("/api/sites?page=abc")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("page", problem.Errors().Keys);
    }

    [Fact]
    public async Task An_unexpected_failure_in_the_api_is_a_500_problem_in_json_not_the_error_page()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.SessionAsync(item);
        // A host like the shared one, except that reading the ordering options throws inside the use case.
        await using var broken = app.Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.Configure<OrderingOptions>(_ => throw new InvalidOperationException("测试用的意外故障"))));
        using var client = broken.CreateClient();
        var worker = (await app.CreateAsync(1, "boom")).Single();
        client.DefaultRequestHeaders.Authorization = new("Bearer", worker.Token);

        var response = await client.PostAsync($"/api/sessions/{session.Id}/orders", null);

        var problem = await response.ProblemAsync(HttpStatusCode.InternalServerError, "internal_error");
        Assert.DoesNotContain("测试用的意外故障", problem.GetRawText(), StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : HealthAndErrorsTests(app);

    public sealed class OnPostgres(PostgresApp app) : HealthAndErrorsTests(app);
}
