using System.Net;
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

    public sealed class OnSqlite(SqliteApp app) : HealthAndErrorsTests(app);

    public sealed class OnPostgres(PostgresApp app) : HealthAndErrorsTests(app);
}
