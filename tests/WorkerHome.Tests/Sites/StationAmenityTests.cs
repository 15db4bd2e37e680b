using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Sites;

/// <summary>Outdoor-worker stations (户外劳动者驿站): amenities entered by staff, shown to workers and filtered on.</summary>
public abstract class StationAmenityTests(TestApp app)
{
    private async Task<(string Tag, SiteDetail Full, SiteDetail Basic, SiteDetail Plain)> ThreeSitesAsync()
    {
        var tag = "驿站" + Guid.NewGuid().ToString("N")[..6];
        using var staff = await app.As("emeishan");
        async Task<SiteDetail> CreateAsync(string name, List<StationAmenity> amenities)
        {
            var input = await app.ValidSiteAsync($"{tag}{name}");
            input.Amenities = amenities;
            return await (await staff.PostJsonAsync("/api/sites", input)).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        }
        var full = await CreateAsync("环卫驿站", [.. Enum.GetValues<StationAmenity>()]);
        var basic = await CreateAsync("快递驿站", [StationAmenity.Charging, StationAmenity.DrinkingWater, StationAmenity.Charging]);
        var plain = await CreateAsync("社区之家", []);
        return (tag, full, basic, plain);
    }

    private async Task<List<string>> NamesAsync(string query)
    {
        using var client = app.Anonymous();
        var page = await (await client.GetAsync("/api/sites?pageSize=100&" + query)).ReadAsync<PagedList<SiteSummary>>();
        return page.Items.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Staff_enter_the_amenities_once_each_in_a_fixed_order_and_workers_see_them_in_chinese()
    {
        var (_, full, basic, plain) = await ThreeSitesAsync();
        Assert.Equal(["饮水", "充电"], basic.Summary.Amenities.Select(a => a.Name));
        Assert.Equal(7, full.Summary.Amenities.Count);
        Assert.Empty(plain.Summary.Amenities);
        using var client = app.Anonymous();
        var shown = await (await client.GetAsync($"/api/sites/{basic.Summary.Id}")).ReadAsync<SiteDetail>();
        Assert.Equal([StationAmenity.DrinkingWater, StationAmenity.Charging], shown.Summary.Amenities.Select(a => a.Code));
    }

    [Fact]
    public async Task The_filter_keeps_sites_offering_every_amenity_asked_for_in_codes_or_chinese()
    {
        var (tag, full, basic, _) = await ThreeSitesAsync();
        var q = "q=" + Uri.EscapeDataString(tag);
        Assert.Equal([basic.Summary.Name, full.Summary.Name], await NamesAsync($"{q}&amenities=Charging"));
        Assert.Equal([full.Summary.Name], await NamesAsync($"{q}&amenities=Charging,FoodHeating"));
        Assert.Equal([full.Summary.Name], await NamesAsync($"{q}&amenities=" + Uri.EscapeDataString("充电、热饭")));
        Assert.Equal([basic.Summary.Name, full.Summary.Name], await NamesAsync($"{q}&amenities=any"));
    }

    [Fact]
    public async Task Open_now_and_amenities_combine_with_the_sites_own_hours()
    {
        var (tag, full, _, _) = await ThreeSitesAsync();
        await app.DbAsync(async db =>
        {
            // The full station closes for today (the test clock's Wednesday).
            var site = await db.Sites.Include(s => s.OpeningHours).FirstAsync(s => s.Id == full.Summary.Id);
            site.OpeningHours.RemoveAll(p => p.Day == 3);
            await db.SaveChangesAsync();
        });
        var q = "q=" + Uri.EscapeDataString(tag);
        Assert.Equal(2, (await NamesAsync($"{q}&amenities=any")).Count);
        Assert.Single(await NamesAsync($"{q}&amenities=any&openNow=true"));
        Assert.Empty(await NamesAsync($"{q}&amenities=FoodHeating&openNow=true"));
    }

    [Theory]
    [InlineData("amenities=pool")]
    [InlineData("amenities=Charging,spa")]
    public async Task An_unknown_amenity_in_the_filter_is_a_400_naming_the_field(string query)
    {
        using var client = app.Anonymous();
        var problem = await (await client.GetAsync("/api/sites?" + query)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("amenities", problem.Errors().Keys);
    }

    [Fact]
    public async Task An_unknown_amenity_in_a_site_is_refused_and_nothing_is_saved()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(input, Http.Json)!.AsObject();
        body["amenities"] = new System.Text.Json.Nodes.JsonArray(99);
        var response = await staff.PostAsJsonAsync("/api/sites", body);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(problem.Errors().Keys, k => k.StartsWith("amenities", StringComparison.Ordinal));
        Assert.False(await app.DbAsync(db => db.Sites.AnyAsync(s => s.Name == input.Name)));
    }

    [Fact]
    public async Task The_demo_stations_offer_their_amenities()
    {
        Assert.NotEmpty(await NamesAsync("amenities=FoodHeating,Toilet&county=511181"));
    }

    public sealed class OnSqlite(SqliteApp app) : StationAmenityTests(app);

    public sealed class OnPostgres(PostgresApp app) : StationAmenityTests(app);
}
