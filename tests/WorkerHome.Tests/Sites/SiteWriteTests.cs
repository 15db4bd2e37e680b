using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Sites;

public abstract class SiteWriteTests(TestApp app)
{
    [Fact]
    public async Task Staff_create_a_site_in_their_subtree_and_workers_find_it()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        var created = await (await staff.PostJsonAsync("/api/sites", input)).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        Assert.Equal(1, created.Version);
        Assert.True(created.CanEdit);

        using var worker = app.Anonymous();
        var found = await (await worker.GetAsync($"/api/sites?q={Uri.EscapeDataString(input.Name)}")).ReadAsync<PagedList<SiteSummary>>();
        Assert.Equal(created.Summary.Id, Assert.Single(found.Items).Id);
        var saved = await app.SiteAsync(created.Summary.Id);
        Assert.Equal(7, saved.OpeningHours.Count);
    }

    [Fact]
    public async Task Gcj02_coordinates_are_stored_as_wgs84()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        input.Coord = "gcj02";
        input.Latitude = 29.59;
        input.Longitude = 103.47;
        var created = await (await staff.PostJsonAsync("/api/sites", input)).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        Assert.NotEqual(29.59, created.Summary.Latitude);
        var back = WorkerHome.Infrastructure.Maps.ChinaCoordinates.Wgs84ToGcj02(new(created.Summary.Latitude, created.Summary.Longitude));
        Assert.Equal(29.59, back.Latitude, 5);
        Assert.Equal(103.47, back.Longitude, 5);
    }

    [Fact]
    public async Task Anonymous_and_workers_cannot_create_sites()
    {
        var input = await app.ValidSiteAsync();
        using var anonymous = app.Anonymous();
        await (await anonymous.PostJsonAsync("/api/sites", input)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker02");
        await (await worker.PostJsonAsync("/api/sites", input)).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.False(await app.DbAsync(db => db.Sites.AnyAsync(s => s.Name == input.Name)));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty name", "name" },
        { "long name", "name" },
        { "no form", "form" },
        { "latitude outside China", "latitude" },
        { "township not a township", "regionCode" },
        { "township outside the union's county", "regionCode" },
        { "unknown function area", "functionAreaIds[0]" },
        { "closing before opening", "openingHours[0].closes" },
        { "bad time", "openingHours[0].opens" },
        { "overlapping periods", "openingHours[1]" },
        { "mobile without window", "validFrom" },
        { "mobile ending before it starts", "validTo" },
        { "bad phone", "contactPhone" },
        { "unknown union", "unionId" },
        { "duplicate special day", "specialDays[1].date" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        switch (change)
        {
            case "empty name": input.Name = " "; break;
            case "long name": input.Name = new string('站', 101); break;
            case "no form": input.Form = null; break;
            case "latitude outside China": input.Latitude = 60; break;
            case "township not a township": input.RegionCode = "511181000"; break;
            case "township outside the union's county": input.RegionCode = "511124104"; break;
            case "unknown function area": input.FunctionAreaIds = [99999]; break;
            case "closing before opening": input.OpeningHours = [new() { Day = 1, Opens = "18:00", Closes = "09:00" }]; break;
            case "bad time": input.OpeningHours = [new() { Day = 1, Opens = "25:00", Closes = "26:00" }]; break;
            case "overlapping periods":
                input.OpeningHours = [new() { Day = 2, Opens = "09:00", Closes = "12:00" }, new() { Day = 2, Opens = "11:00", Closes = "14:00" }];
                break;
            case "mobile without window": input.Form = SiteForm.Mobile; input.HostProject = "项目"; break;
            case "mobile ending before it starts":
                input.Form = SiteForm.Mobile; input.HostProject = "项目";
                input.ValidFrom = new DateOnly(2026, 5, 1); input.ValidTo = new DateOnly(2026, 4, 1);
                break;
            case "bad phone": input.ContactPhone = "12345"; break;
            case "unknown union": input.UnionId = 999999; break;
            case "duplicate special day":
                input.SpecialDays = [new() { Date = new DateOnly(2027, 1, 1) }, new() { Date = new DateOnly(2027, 1, 1) }];
                break;
        }
        var problem = await (await staff.PostJsonAsync("/api/sites", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.Sites.AnyAsync(s => s.Name == input.Name)));
    }

    [Fact]
    public async Task A_second_site_with_the_same_name_in_the_same_union_is_a_409()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        await (await staff.PostJsonAsync("/api/sites", input)).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        await (await staff.PostJsonAsync("/api/sites", input)).ProblemAsync(HttpStatusCode.Conflict, "site_name_taken");
        Assert.Equal(1, await app.DbAsync(db => db.Sites.CountAsync(s => s.Name == input.Name)));
    }

    [Fact]
    public async Task An_update_needs_the_current_version_and_bumps_it()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        var created = await (await staff.PostJsonAsync("/api/sites", input)).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        var url = $"/api/sites/{created.Summary.Id}";

        input.Address = "新地址 8 号";
        input.Version = null;
        var missing = await (await staff.PutJsonAsync(url, input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("version", missing.Errors().Keys);

        input.Version = 1;
        var updated = await (await staff.PutJsonAsync(url, input)).ReadAsync<SiteDetail>();
        Assert.Equal(2, updated.Version);

        input.Address = "一个过时的修改";
        input.Version = 1;
        await (await staff.PutJsonAsync(url, input)).ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        Assert.Equal("新地址 8 号", (await app.SiteAsync(created.Summary.Id)).Address);
    }

    [Fact]
    public async Task Every_staff_write_is_in_the_operation_log_with_before_and_after()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        var created = await (await staff.PostJsonAsync("/api/sites", input)).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        var id = created.Summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        input.Version = 1;
        input.Address = "改过的地址";
        input.OpeningHours = [new() { Day = 1, Opens = "10:00", Closes = "16:00" }];
        await (await staff.PutJsonAsync($"/api/sites/{id}", input)).ReadAsync<SiteDetail>();
        await (await staff.DeleteAsync($"/api/sites/{id}?version=2")).Content.ReadAsStringAsync();

        var logs = await app.DbAsync(db => db.OperationLogs.Where(l => l.EntityType == "Site" && l.EntityId == id).OrderBy(l => l.Id).ToListAsync());
        Assert.Equal([OperationKind.Created, OperationKind.Updated, OperationKind.Deleted], logs.Select(l => l.Kind));
        Assert.All(logs, l => Assert.Equal("emeishan", l.UserName));
        var update = logs[1];
        var before = JsonDocument.Parse(update.Before!).RootElement;
        var after = JsonDocument.Parse(update.After!).RootElement;
        Assert.Equal("测试路 1 号", before.GetProperty("Address").GetString());
        Assert.Equal("改过的地址", after.GetProperty("Address").GetString());
        Assert.Equal(7, before.GetProperty("OpeningHours").GetArrayLength());
        Assert.Equal(1, after.GetProperty("OpeningHours").GetArrayLength());
        Assert.Null(logs[0].Before);
        Assert.Contains("测试路 1 号", logs[0].After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_site_disappears_but_its_row_is_kept()
    {
        using var staff = await app.As("emeishan");
        var created = await (await staff.PostJsonAsync("/api/sites", await app.ValidSiteAsync())).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        var url = $"/api/sites/{created.Summary.Id}";
        await (await staff.DeleteAsync(url + "?version=7")).ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync(url)).StatusCode);
        await (await staff.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        await (await staff.DeleteAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        Assert.NotNull((await app.SiteAsync(created.Summary.Id)).DeletedAt);
    }

    [Fact]
    public async Task Staff_cannot_move_a_site_to_a_union_outside_their_subtree()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ValidSiteAsync();
        var created = await (await staff.PostJsonAsync("/api/sites", input)).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        input.Version = 1;
        input.UnionId = await app.UnionIdAsync("井研县总工会");
        input.RegionCode = "511124104";
        await (await staff.PutJsonAsync($"/api/sites/{created.Summary.Id}", input)).ProblemAsync(HttpStatusCode.Forbidden, "site_out_of_scope");
        Assert.Equal(await app.UnionIdAsync("峨眉山市总工会"), (await app.SiteAsync(created.Summary.Id)).UnionId);
    }

    public sealed class OnSqlite(SqliteApp app) : SiteWriteTests(app);

    public sealed class OnPostgres(PostgresApp app) : SiteWriteTests(app);
}
