using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Standards;

public abstract class StandardTests(TestApp app)
{
    private async Task<StandardInput> ValidInputAsync(string owner = "峨眉山市总工会") => new()
    {
        Name = StandardsTestData.Unique("测试标准"),
        UnionId = await app.UnionIdAsync(owner),
        Form = SiteForm.Mobile,
        Rating = SiteRating.Provincial,
        PassScore = 60,
        Items =
        [
            new() { Category = "场地面积", Title = "场地面积", Kind = StandardItemKind.Minimum, Minimum = 200, Unit = "平方米", Weight = 40 },
            new() { Category = "标识标牌", Title = "统一标识标牌", Kind = StandardItemKind.Check, Weight = 30 },
            new() { Category = "功能区", Title = "职工书屋", Kind = StandardItemKind.Check, FunctionAreaId = await app.AreaIdAsync("reading_room"), Weight = 30 },
        ],
    };

    [Fact]
    public async Task Staff_create_a_standard_for_their_county_and_it_starts_inactive()
    {
        using var staff = await app.As("emeishan");
        var input = await ValidInputAsync();
        var created = await (await staff.PostJsonAsync("/api/standards", input)).ReadAsync<StandardDetail>(HttpStatusCode.Created);
        Assert.False(created.Summary.IsActive);
        Assert.True(created.Summary.CanEdit);
        Assert.Equal(100, created.Summary.MaxScore);
        Assert.Equal(["场地面积", "统一标识标牌", "职工书屋"], created.Items.Select(i => i.Title));
        Assert.Equal("≥ 200 平方米", created.Items[0].RuleText);

        var read = await (await staff.GetAsync($"/api/standards/{created.Summary.Id}")).ReadAsync<StandardDetail>();
        Assert.Equal(input.Name, read.Summary.Name);
        var list = await (await staff.GetAsync("/api/standards?form=Mobile&rating=Provincial")).ReadAsync<List<StandardSummary>>();
        Assert.Contains(list, s => s.Id == created.Summary.Id);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty name", "name" },
        { "no items", "items" },
        { "pass score above the total", "passScore" },
        { "weight zero", "items[0].weight" },
        { "weight above 100", "items[0].weight" },
        { "minimum item without minimum", "items[0].minimum" },
        { "minimum item without unit", "items[0].unit" },
        { "unknown function area", "items[2].functionAreaId" },
        { "no kind", "items[1].kind" },
        { "owner a township", "unionId" },
        { "item id of another standard", "items[0].id" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        using var staff = await app.As("emeishan");
        var input = await ValidInputAsync();
        switch (change)
        {
            case "empty name": input.Name = " "; break;
            case "no items": input.Items = []; break;
            case "pass score above the total": input.PassScore = 101; break;
            case "weight zero": input.Items[0].Weight = 0; break;
            case "weight above 100": input.Items[0].Weight = 101; break;
            case "minimum item without minimum": input.Items[0].Minimum = null; break;
            case "minimum item without unit": input.Items[0].Unit = null; break;
            case "unknown function area": input.Items[2].FunctionAreaId = 999_999; break;
            case "no kind": input.Items[1].Kind = null; break;
            case "owner a township": input.UnionId = await app.UnionIdAsync("绥山镇总工会"); break;
            case "item id of another standard": input.Items[0].Id = 999_999; break;
        }
        var problem = await (await staff.PostJsonAsync("/api/standards", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.Standards.AnyAsync(s => s.Name == input.Name.Trim())));
    }

    [Fact]
    public async Task Staff_cannot_write_a_standard_for_a_union_outside_their_scope()
    {
        using var emeishan = await app.As("emeishan");
        var jingyans = await ValidInputAsync("井研县总工会");
        await (await emeishan.PostJsonAsync("/api/standards", jingyans)).ProblemAsync(HttpStatusCode.Forbidden, "standard_out_of_scope");
        using var xigu = await app.As("xigu");
        var leshans = await ValidInputAsync("乐山市总工会");
        await (await xigu.PostJsonAsync("/api/standards", leshans)).ProblemAsync(HttpStatusCode.Forbidden, "standard_out_of_scope");
        Assert.False(await app.DbAsync(db => db.Standards.AnyAsync(s => s.Name == jingyans.Name || s.Name == leshans.Name)));
    }

    [Fact]
    public async Task Anonymous_and_workers_cannot_use_standards()
    {
        var input = await ValidInputAsync();
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/standards")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker02");
        await (await worker.PostJsonAsync("/api/standards", input)).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.False(await app.DbAsync(db => db.Standards.AnyAsync(s => s.Name == input.Name)));
    }

    [Fact]
    public async Task An_edit_replaces_the_items_keeping_the_ids_sent_and_needs_the_current_version()
    {
        using var staff = await app.As("emeishan");
        var created = await (await staff.PostJsonAsync("/api/standards", await ValidInputAsync())).ReadAsync<StandardDetail>(HttpStatusCode.Created);
        var input = created.ToInput();
        var keptId = input.Items[0].Id;
        input.Items[0].Minimum = 150;
        input.Items.RemoveAt(1);
        input.Items.Add(new() { Category = "人员值守", Title = "值守人员", Kind = StandardItemKind.Minimum, Minimum = 2, Unit = "人", Weight = 10 });
        input.PassScore = 50;
        var url = $"/api/standards/{created.Summary.Id}";

        input.Version = null;
        Assert.Contains("version", (await (await staff.PutJsonAsync(url, input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        input.Version = 1;
        var updated = await (await staff.PutJsonAsync(url, input)).ReadAsync<StandardDetail>();
        Assert.Equal(2, updated.Summary.Version);
        Assert.Equal(keptId, updated.Items[0].Id);
        Assert.Equal(150, updated.Items[0].Minimum);
        Assert.Equal(["场地面积", "职工书屋", "值守人员"], updated.Items.Select(i => i.Title));
        Assert.Equal(80, updated.Summary.MaxScore);

        await (await staff.PutJsonAsync(url, input)).ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        Assert.Equal(3, await app.DbAsync(db => db.StandardItems.CountAsync(i => i.StandardId == created.Summary.Id)));
    }

    [Fact]
    public async Task A_county_sees_the_citys_standard_read_only_and_cannot_change_it()
    {
        using var leshan = await app.As("leshan");
        var created = await (await leshan.PostJsonAsync("/api/standards", await ValidInputAsync("乐山市总工会"))).ReadAsync<StandardDetail>(HttpStatusCode.Created);
        using var emeishan = await app.As("emeishan");
        var seen = (await (await emeishan.GetAsync("/api/standards")).ReadAsync<List<StandardSummary>>()).Single(s => s.Id == created.Summary.Id);
        Assert.False(seen.CanEdit);
        var url = $"/api/standards/{created.Summary.Id}";
        var input = created.ToInput();
        input.Name = "县里改的名字";
        await (await emeishan.PutJsonAsync(url, input)).ProblemAsync(HttpStatusCode.Forbidden, "standard_out_of_scope");
        await (await emeishan.PostAsync(url + "/activate", null)).ProblemAsync(HttpStatusCode.Forbidden, "standard_out_of_scope");
        Assert.Equal(created.Summary.Name, await app.DbAsync(db => db.Standards.Where(s => s.Id == created.Summary.Id).Select(s => s.Name).SingleAsync()));

        using var xigu = await app.As("xigu");
        await (await xigu.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound, "standard_not_found");
        await (await xigu.PutJsonAsync(url, input)).ProblemAsync(HttpStatusCode.NotFound, "standard_not_found");
    }

    [Fact]
    public async Task Activating_a_standard_switches_off_the_same_unions_other_one_for_that_form_and_rating()
    {
        // A fresh city and county: the demo's cities keep their counties (other tests count them).
        var cityId = await app.FreshUnionAsync("四川省总工会", UnionLevel.City);
        var cityName = await app.DbAsync(db => db.Unions.Where(u => u.Id == cityId).Select(u => u.Name).SingleAsync());
        var county = await app.FreshUnionAsync(cityName, UnionLevel.County);
        var countyName = await app.DbAsync(db => db.Unions.Where(u => u.Id == county).Select(u => u.Name).SingleAsync());
        using var admin = await app.As("admin");
        var first = await (await admin.PostJsonAsync("/api/standards", await ValidInputAsync(countyName))).ReadAsync<StandardDetail>(HttpStatusCode.Created);
        var second = await (await admin.PostJsonAsync("/api/standards", await ValidInputAsync(countyName))).ReadAsync<StandardDetail>(HttpStatusCode.Created);

        Assert.True((await (await admin.PostAsync($"/api/standards/{first.Summary.Id}/activate", null)).ReadAsync<StandardDetail>()).Summary.IsActive);
        Assert.True((await (await admin.PostAsync($"/api/standards/{second.Summary.Id}/activate", null)).ReadAsync<StandardDetail>()).Summary.IsActive);
        var active = await app.DbAsync(db => db.Standards.Where(s => s.UnionId == county && s.IsActive).Select(s => s.Id).ToListAsync());
        Assert.Equal([second.Summary.Id], active);

        Assert.False((await (await admin.PostAsync($"/api/standards/{second.Summary.Id}/deactivate", null)).ReadAsync<StandardDetail>()).Summary.IsActive);
        Assert.False(await app.DbAsync(db => db.Standards.AnyAsync(s => s.UnionId == county && s.IsActive)));

        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostAsync($"/api/standards/{first.Summary.Id}/activate", null)).ProblemAsync(HttpStatusCode.NotFound, "standard_not_found");
        await (await admin.PostAsync("/api/standards/999999/activate", null)).ProblemAsync(HttpStatusCode.NotFound, "standard_not_found");
    }

    public sealed class OnSqlite(SqliteApp app) : StandardTests(app);

    public sealed class OnPostgres(PostgresApp app) : StandardTests(app);
}
