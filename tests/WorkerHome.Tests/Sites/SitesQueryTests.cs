using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Sites;

public abstract class SitesQueryTests(TestApp app)
{
    [Fact]
    public async Task Workers_see_only_operating_and_suspended_sites()
    {
        using var client = app.Anonymous();
        var page = await (await client.GetAsync("/api/sites?pageSize=100")).ReadAsync<PagedList<SiteSummary>>();
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, s => Assert.Contains(s.Status, new[] { SiteStatus.Operating, SiteStatus.Suspended }));
        var hidden = await app.DbAsync(db => db.Sites.Where(s => s.Status == SiteStatus.Planned).Select(s => s.Id).ToListAsync());
        Assert.NotEmpty(hidden);
        Assert.DoesNotContain(page.Items, s => hidden.Contains(s.Id));
    }

    [Fact]
    public async Task Paging_returns_the_total_and_the_requested_slice()
    {
        using var client = app.Anonymous();
        // "职工之家" is in the demo names and in none that other tests create meanwhile.
        var q = Uri.EscapeDataString("职工之家");
        var all = await (await client.GetAsync($"/api/sites?q={q}&pageSize=100&sort=name")).ReadAsync<PagedList<SiteSummary>>();
        var second = await (await client.GetAsync($"/api/sites?q={q}&pageSize=5&page=2&sort=name")).ReadAsync<PagedList<SiteSummary>>();
        Assert.True(all.Total > 10);
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Items.Skip(5).Take(5).Select(s => s.Id), second.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task Near_sorts_by_true_distance_and_reports_it_in_kilometres()
    {
        using var client = app.Anonymous();
        var here = new GeoPoint(29.60, 103.48);
        var page = await (await client.GetAsync("/api/sites?near=29.60,103.48&pageSize=10")).ReadAsync<PagedList<SiteSummary>>();
        var distances = page.Items.Select(s => s.DistanceKm!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(page.Items, s => Assert.Equal(here.DistanceKmTo(new GeoPoint(s.Latitude, s.Longitude)), s.DistanceKm!.Value, 2));
        Assert.Equal("511181", page.Items[0].RegionCode[..6]);
    }

    [Fact]
    public async Task A_gcj02_position_is_converted_before_measuring()
    {
        using var client = app.Anonymous();
        var gcj = ChinaCoordinates.Wgs84ToGcj02(new GeoPoint(29.60, 103.48));
        var fromGcj = await (await client.GetAsync(FormattableString.Invariant($"/api/sites?near={gcj.Latitude},{gcj.Longitude}&coord=gcj02&pageSize=5")))
            .ReadAsync<PagedList<SiteSummary>>();
        var fromWgs = await (await client.GetAsync("/api/sites?near=29.60,103.48&pageSize=5")).ReadAsync<PagedList<SiteSummary>>();
        // Other tests add and delete sites in the shared database between the two calls; compare the sites both saw.
        var common = fromWgs.Items.Select(s => s.Id).Intersect(fromGcj.Items.Select(s => s.Id)).ToList();
        Assert.True(common.Count >= 3, $"only {common.Count} sites in common");
        Assert.Equal(common, fromGcj.Items.Select(s => s.Id).Where(common.Contains));
        foreach (var id in common)
        {
            Assert.Equal(fromWgs.Items.Single(s => s.Id == id).DistanceKm!.Value, fromGcj.Items.Single(s => s.Id == id).DistanceKm!.Value, 2);
        }
    }

    [Fact]
    public async Task Choosing_a_township_sorts_from_that_place()
    {
        using var client = app.Anonymous();
        var page = await (await client.GetAsync("/api/sites?nearRegion=511124104&pageSize=3")).ReadAsync<PagedList<SiteSummary>>();
        // The township's point is the centre of its sites, so the nearest site is one of them.
        Assert.Equal("511124104", page.Items[0].RegionCode);
        Assert.NotNull(page.Items[0].DistanceKm);
        Assert.Equal(page.Items.Select(s => s.DistanceKm), page.Items.Select(s => s.DistanceKm).Order());
    }

    [Fact]
    public async Task Filters_by_form_county_and_function_area_combine()
    {
        using var client = app.Anonymous();
        var reading = await app.DbAsync(db => db.FunctionAreas.Where(a => a.Code == "reading_room").Select(a => a.Id).SingleAsync());
        var page = await (await client.GetAsync($"/api/sites?form=共享&county=511181&functionArea={reading}&pageSize=100")).ReadAsync<PagedList<SiteSummary>>();
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, s =>
        {
            Assert.Equal(SiteForm.Shared, s.Form);
            Assert.StartsWith("511181", s.RegionCode, StringComparison.Ordinal);
            Assert.Contains(s.FunctionAreas, a => a.Id == reading);
        });
        Assert.Contains(page.Items, s => s.Name == "峨眉山市绥山镇红华苑社区职工之家");
    }

    [Fact]
    public async Task Open_now_agrees_with_the_sites_own_rule_at_the_fixed_clock()
    {
        using var client = app.Anonymous();
        var open = new List<SiteSummary>();
        for (var page = 1; ; page++)
        {
            var slice = await (await client.GetAsync($"/api/sites?openNow=true&pageSize=100&page={page}")).ReadAsync<PagedList<SiteSummary>>();
            open.AddRange(slice.Items);
            if (page * 100 >= slice.Total)
            {
                break;
            }
        }
        var local = ChinaTime.ToLocal(app.Clock.GetUtcNow()).DateTime;
        // Other tests add sites while this runs; compare on the demo network only.
        var demo = WorkerHome.Data.Seed.DemoSites.All.Select(d => d.Name).ToHashSet();
        var expected = await app.DbAsync(async db => (await db.Sites.AsNoTracking().ToListAsync())
            .Where(s => demo.Contains(s.Name) && s.IsPubliclyVisible(DateOnly.FromDateTime(local)) && s.IsOpenAt(local))
            .Select(s => s.Id).Order().ToList());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, open.Where(s => demo.Contains(s.Name)).Select(s => s.Id).Order());
        Assert.All(open, s => Assert.True(s.OpenNow));
    }

    [Fact]
    public async Task Text_search_finds_by_name_and_host()
    {
        using var client = app.Anonymous();
        var page = await (await client.GetAsync($"/api/sites?q={Uri.EscapeDataString("税务局")}")).ReadAsync<PagedList<SiteSummary>>();
        Assert.Contains(page.Items, s => s.Name == "国家税务总局峨眉山市税务局职工之家");
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("form=castle", "form")]
    [InlineData("status=gone", "status")]
    [InlineData("near=999,1", "near")]
    [InlineData("near=29.6,103.4&coord=bd09", "coord")]
    [InlineData("sort=price", "sort")]
    [InlineData("nearRegion=999999999", "nearRegion")]
    [InlineData("scope=everything", "scope")]
    [InlineData("openNow=perhaps", "openNow")]
    public async Task Bad_filters_are_400_problems_naming_the_field(string query, string field)
    {
        using var client = app.Anonymous();
        var problem = await (await client.GetAsync("/api/sites?" + query)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
    }

    [Fact]
    public async Task The_managed_view_needs_staff()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/sites?scope=managed")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var worker = await app.As("worker01");
        await (await worker.GetAsync("/api/sites?scope=managed")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_managed_view_shows_every_status_but_only_the_staff_subtree()
    {
        using var client = await app.As("emeishan");
        var page = await (await client.GetAsync("/api/sites?scope=managed&pageSize=100")).ReadAsync<PagedList<SiteSummary>>();
        Assert.Contains(page.Items, s => s.Status == SiteStatus.Planned);
        Assert.All(page.Items, s => Assert.StartsWith("511181", s.RegionCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_shows_its_hours_five_marks_and_a_gcj02_map_link()
    {
        using var client = app.Anonymous();
        var id = await app.SiteIdAsync("峨眉山市绥山镇红华苑社区职工之家");
        var site = await (await client.GetAsync($"/api/sites/{id}")).ReadAsync<SiteDetail>();
        Assert.Equal("每天 09:00-21:00", site.HoursText);
        Assert.Equal(5, site.Summary.CoreFunctions.Count);
        Assert.True(site.Summary.CoreFunctions.Single(f => f.Function == CoreFunction.Organising).Covered);
        // 妈咪宝贝屋 serves women workers' rights, so rights protection is covered without a reception desk.
        Assert.True(site.Summary.CoreFunctions.Single(f => f.Function == CoreFunction.RightsProtection).Covered);
        Assert.StartsWith("https://uri.amap.com/marker?position=", site.MapUrl, StringComparison.Ordinal);
        Assert.Equal("今天 09:00-21:00", site.TodayText);
        Assert.False(site.CanEdit);
    }

    [Fact]
    public async Task A_planned_site_is_hidden_from_workers_but_visible_to_its_staff()
    {
        var id = await app.SiteIdAsync("峨眉山市高桥镇职工之家");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync($"/api/sites/{id}")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        using var jingyan = await app.As("jingyan");
        await (await jingyan.GetAsync($"/api/sites/{id}")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        using var emeishan = await app.As("emeishan");
        var site = await (await emeishan.GetAsync($"/api/sites/{id}")).ReadAsync<SiteDetail>();
        Assert.True(site.CanEdit);
    }

    [Fact]
    public async Task An_unknown_site_is_404()
    {
        using var client = app.Anonymous();
        await (await client.GetAsync("/api/sites/987654")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        await (await client.GetAsync("/api/sites/not-a-number")).ProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    public sealed class OnSqlite(SqliteApp app) : SitesQueryTests(app);

    public sealed class OnPostgres(PostgresApp app) : SitesQueryTests(app);
}
