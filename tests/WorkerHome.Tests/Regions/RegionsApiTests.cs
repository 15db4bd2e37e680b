using System.Net;
using WorkerHome.Features.Regions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Regions;

public abstract class RegionsApiTests(TestApp app)
{
    [Fact]
    public async Task Leshan_has_its_eleven_county_level_divisions_with_real_codes()
    {
        using var client = app.Anonymous();
        var counties = await (await client.GetAsync("/api/regions?parent=511100")).ReadAsync<List<RegionItem>>();
        Assert.Equal(11, counties.Count);
        Assert.Contains(counties, c => c.Code == "511181" && c.Name == "峨眉山市");
        Assert.Contains(counties, c => c.Code == "511124" && c.Name == "井研县");
        Assert.All(counties, c => Assert.Equal(RegionLevel.County, c.Level));
    }

    [Fact]
    public async Task Townships_use_nine_digit_codes_under_their_county()
    {
        using var client = app.Anonymous();
        var townships = await (await client.GetAsync("/api/regions?parent=511181")).ReadAsync<List<RegionItem>>();
        Assert.Contains(townships, t => t.Code == "511181100" && t.Name == "绥山镇");
        var xigu = await (await client.GetAsync("/api/regions?parent=620104")).ReadAsync<List<RegionItem>>();
        Assert.Equal(13, xigu.Count);
        Assert.Contains(xigu, t => t.Name == "西柳沟街道");
    }

    [Fact]
    public async Task An_unknown_level_is_a_400_with_the_field_named()
    {
        using var client = app.Anonymous();
        var problem = await (await client.GetAsync("/api/regions?level=Galaxy")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("level", problem.Errors().Keys);
    }

    public sealed class OnSqlite(SqliteApp app) : RegionsApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : RegionsApiTests(app);
}
