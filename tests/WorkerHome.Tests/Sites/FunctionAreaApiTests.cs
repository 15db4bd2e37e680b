using System.Net;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Sites;

public abstract class FunctionAreaApiTests(TestApp app)
{
    [Fact]
    public async Task Everyone_reads_the_dictionary_with_its_core_functions()
    {
        using var client = app.Anonymous();
        var areas = await (await client.GetAsync("/api/function-areas")).ReadAsync<List<FunctionAreaItem>>();
        var station = areas.Single(a => a.Code == "outdoor_station");
        Assert.Equal("户外劳动者驿站", station.Name);
        Assert.Equal([CoreFunction.Assistance], station.CoreFunctions);
    }

    [Fact]
    public async Task City_staff_edit_the_dictionary_and_county_staff_cannot()
    {
        var code = "test_" + Guid.NewGuid().ToString("N")[..8];
        var body = new { code, name = "测试功能区" + code[^4..], coreFunctions = new[] { "Assistance", "Organising" }, sortOrder = 500, isActive = true };
        using var county = await app.As("emeishan");
        await (await county.PostJsonAsync("/api/function-areas", body)).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        using var city = await app.As("leshan");
        var created = await (await city.PostJsonAsync("/api/function-areas", body)).ReadAsync<FunctionAreaItem>(HttpStatusCode.Created);
        Assert.Equal(2, created.CoreFunctions.Count);
        await (await city.PostJsonAsync("/api/function-areas", body)).ProblemAsync(HttpStatusCode.Conflict, "function_area_name_taken");
        var updated = await (await city.PutJsonAsync($"/api/function-areas/{created.Id}", body with { isActive = false })).ReadAsync<FunctionAreaItem>();
        Assert.False(updated.IsActive);
        await (await city.PutJsonAsync("/api/function-areas/999999", body)).ProblemAsync(HttpStatusCode.NotFound, "function_area_not_found");
        var none = await (await city.PostJsonAsync("/api/function-areas", body with { code = code + "x", name = "无职能", coreFunctions = Array.Empty<string>() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("coreFunctions", none.Errors().Keys);
        var badCode = await (await city.PostJsonAsync("/api/function-areas", body with { code = "Bad Code" })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("code", badCode.Errors().Keys);
    }

    [Fact]
    public async Task The_use_case_itself_refuses_county_staff_whatever_door_they_come_through()
    {
        var input = new FunctionAreaInput { Code = "county_try", Name = "县级尝试", CoreFunctions = [CoreFunction.Assistance] };
        var outcome = await app.AsUserAsync<SaveFunctionArea, WorkerHome.Infrastructure.Problems.Outcome<FunctionAreaItem>>("emeishan", h => h.HandleAsync(null, input, default));
        Assert.Equal("forbidden", outcome.Problem?.Code);
    }

    public sealed class OnSqlite(SqliteApp app) : FunctionAreaApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : FunctionAreaApiTests(app);
}
