using System.Net;
using WorkerHome.Features.Audit;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Audit;

public abstract class OperationLogApiTests(TestApp app)
{
    [Fact]
    public async Task Staff_read_the_log_of_their_subtree_only()
    {
        using var emeishan = await app.As("emeishan");
        var created = await (await emeishan.PostJsonAsync("/api/sites", await app.ValidSiteAsync())).ReadAsync<SiteDetail>(HttpStatusCode.Created);
        var id = created.Summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var own = await (await emeishan.GetAsync($"/api/operation-logs?entityType=Site&entityId={id}")).ReadAsync<PagedList<OperationLogItem>>();
        var entry = Assert.Single(own.Items);
        Assert.Equal("emeishan", entry.UserName);
        Assert.Equal(created.Summary.Name, entry.Label);

        using var xigu = await app.As("xigu");
        var other = await (await xigu.GetAsync($"/api/operation-logs?entityType=Site&entityId={id}")).ReadAsync<PagedList<OperationLogItem>>();
        Assert.Empty(other.Items);

        using var worker = await app.As("worker01");
        await (await worker.GetAsync("/api/operation-logs")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await emeishan.GetAsync("/api/operation-logs?pageSize=1000")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    public sealed class OnSqlite(SqliteApp app) : OperationLogApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : OperationLogApiTests(app);
}
