using System.Net;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Unions;

public abstract class UnionsApiTests(TestApp app)
{
    [Fact]
    public async Task The_tree_runs_from_the_national_federation_to_the_grassroots()
    {
        using var client = app.Anonymous();
        var roots = await (await client.GetAsync("/api/unions")).ReadAsync<List<UnionNode>>();
        var national = Assert.Single(roots);
        Assert.Equal("中华全国总工会", national.Name);
        var leshan = national.Children.Single(p => p.Name == "四川省总工会").Children.Single(c => c.Name == "乐山市总工会");
        Assert.Equal(11, leshan.Children.Count(c => c.Level == UnionLevel.County));
        Assert.Contains(leshan.Children, c => c.Name == "峨眉山市总工会" && c.RegionCode == "511181");
        var xigu = national.Children.Single(p => p.Name == "甘肃省总工会").Children.Single().Children.Single(c => c.Name == "西固区总工会");
        Assert.Contains(xigu.Children, c => c.Name == "西柳沟街道总工会");
    }

    [Fact]
    public async Task Staff_pick_only_unions_of_their_subtree()
    {
        using var client = await app.As("jingyan");
        var options = await (await client.GetAsync("/api/unions/mine")).ReadAsync<List<UnionOption>>();
        Assert.Equal("井研县总工会", options[0].Name);
        Assert.Contains(options, o => o.Name == "周坡镇总工会" && o.Depth == 1);
        Assert.DoesNotContain(options, o => o.Name == "峨眉山市总工会");
    }

    [Fact]
    public async Task Staff_add_a_union_below_their_own_and_not_elsewhere()
    {
        using var client = await app.As("jingyan");
        var parent = await app.UnionIdAsync("周坡镇总工会");
        var name = "测试柑橘合作社工会" + Guid.NewGuid().ToString("N")[..4];
        var node = await (await client.PostJsonAsync("/api/unions", new { name, parentId = parent, level = "Grassroots", regionCode = "511124104" }))
            .ReadAsync<UnionNode>(HttpStatusCode.Created);
        var path = await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Unions, u => u.Id == node.Id));
        Assert.EndsWith($"/{parent}/{node.Id}/", path.Path, StringComparison.Ordinal);

        var logs = await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.OperationLogs.Where(l => l.EntityType == "Union" && l.EntityId == node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(WorkerHome.Infrastructure.Auditing.OperationKind.Created, Assert.Single(logs).Kind);

        await (await client.PostJsonAsync("/api/unions", new { name, parentId = parent, level = "Grassroots" })).ProblemAsync(HttpStatusCode.Conflict, "union_name_taken");
        await (await client.PostJsonAsync("/api/unions", new { name = "越权工会", parentId = await app.UnionIdAsync("峨眉山市总工会"), level = "Grassroots" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
        await (await client.PostJsonAsync("/api/unions", new { name = "层级错误工会", parentId = parent, level = "City" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "union_level_invalid");
        await (await client.PostJsonAsync("/api/unions", new { name = "", parentId = parent, level = "Grassroots" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await client.PostJsonAsync("/api/unions", new { name = "区划错误", parentId = parent, level = "Grassroots", regionCode = "123" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Renaming_is_scoped_too()
    {
        using var client = await app.As("xigu");
        var id = await app.UnionIdAsync("井研县总工会");
        await (await client.PutJsonAsync($"/api/unions/{id}", new { name = "改名", level = "County" })).ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
        await (await client.PutJsonAsync("/api/unions/999999", new { name = "改名", level = "County" })).ProblemAsync(HttpStatusCode.NotFound, "union_not_found");
    }

    public sealed class OnSqlite(SqliteApp app) : UnionsApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : UnionsApiTests(app);
}
