using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Sites;

/// <summary>
/// Each demo staff account against a site inside and outside its subtree: reading the managed list, editing
/// and deleting. Denied writes are 403 and change nothing.
/// </summary>
public abstract class SiteScopeMatrixTests(TestApp app)
{
    // Where each target site lives: a union and a township in its area.
    private static readonly Dictionary<string, (string Union, string Township)> Targets = new(StringComparer.Ordinal)
    {
        ["emeishan"] = ("胜利街道总工会", "511181001"),
        ["jingyan"] = ("研城街道总工会", "511124001"),
        ["xigu"] = ("陈坪街道总工会", "620104001"),
        ["city"] = ("乐山市总工会", "511102004"),
    };

    public static TheoryData<string, string, bool> Matrix => new()
    {
        { "admin", "emeishan", true }, { "admin", "jingyan", true }, { "admin", "xigu", true }, { "admin", "city", true },
        { "leshan", "emeishan", true }, { "leshan", "jingyan", true }, { "leshan", "xigu", false }, { "leshan", "city", true },
        { "emeishan", "emeishan", true }, { "emeishan", "jingyan", false }, { "emeishan", "xigu", false }, { "emeishan", "city", false },
        { "jingyan", "emeishan", false }, { "jingyan", "jingyan", true }, { "jingyan", "xigu", false }, { "jingyan", "city", false },
        { "xigu", "emeishan", false }, { "xigu", "jingyan", false }, { "xigu", "xigu", true }, { "xigu", "city", false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Staff_edit_and_see_in_the_managed_list_only_sites_of_their_subtree(string account, string target, bool allowed)
    {
        // Each row gets its own site, so rows never race on one record.
        var (union, township) = Targets[target];
        var seed = await app.ValidSiteAsync(name: $"矩阵 {account}→{target} {Guid.NewGuid().ToString("N")[..6]}", union: union, township: township);
        int id;
        using (var admin = await app.As("admin"))
        {
            id = (await (await admin.PostJsonAsync("/api/sites", seed)).ReadAsync<SiteDetail>(HttpStatusCode.Created)).Summary.Id;
        }
        using var client = await app.As(account);

        var managed = await (await client.GetAsync("/api/sites?scope=managed&pageSize=100&q=" + Uri.EscapeDataString(seed.Name)))
            .ReadAsync<WorkerHome.Infrastructure.Problems.PagedList<SiteSummary>>();
        Assert.Equal(allowed, managed.Items.Any(s => s.Id == id));

        var before = await app.SiteAsync(id);
        var detail = await (await client.GetAsync($"/api/sites/{id}")).ReadAsync<SiteDetail>();
        Assert.Equal(allowed, detail.CanEdit);
        // The edit form's own loader gives exactly what an editor would send back.
        var input = (await app.AsUserAsync<LoadSiteInput, WorkerHome.Infrastructure.Problems.Outcome<SiteInput>>("admin", h => h.HandleAsync(id, default))).Value;
        input.Description = $"{account} 修改于测试";
        var update = await client.PutJsonAsync($"/api/sites/{id}", input);
        if (allowed)
        {
            await update.ReadAsync<SiteDetail>();
            // Put it back so the other rows of the matrix start from the same version.
            input.Version = before.Version + 1;
            input.Description = before.Description;
            await (await client.PutJsonAsync($"/api/sites/{id}", input)).ReadAsync<SiteDetail>();
        }
        else
        {
            await update.ProblemAsync(HttpStatusCode.Forbidden, "site_out_of_scope");
            await (await client.DeleteAsync($"/api/sites/{id}")).ProblemAsync(HttpStatusCode.Forbidden, "site_out_of_scope");
            var after = await app.SiteAsync(id);
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(before.Description, after.Description);
            Assert.Null(after.DeletedAt);
        }
    }

    [Fact]
    public async Task A_county_cannot_create_a_site_in_another_county()
    {
        using var client = await app.As("emeishan");
        var input = await app.ValidSiteAsync(union: "井研县总工会", township: "511124104");
        await (await client.PostJsonAsync("/api/sites", input)).ProblemAsync(HttpStatusCode.Forbidden, "site_out_of_scope");
        Assert.False(await app.DbAsync(db => db.Sites.AnyAsync(s => s.Name == input.Name)));
    }

    public sealed class OnSqlite(SqliteApp app) : SiteScopeMatrixTests(app);

    public sealed class OnPostgres(PostgresApp app) : SiteScopeMatrixTests(app);
}
