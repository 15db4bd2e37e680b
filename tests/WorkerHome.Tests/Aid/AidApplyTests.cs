using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Aid;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Aid;

public abstract class AidApplyTests(TestApp app)
{
    [Fact]
    public async Task Bad_input_answers_field_errors_and_saves_nothing()
    {
        var worker = (await app.CreateAsync(1, "aid"))[0];
        var suishan = await app.UnionIdAsync(AidTestData.Suishan);
        using var client = app.Bearer(worker);
        async Task<IReadOnlyDictionary<string, string[]>> Refused(AidRequest request) =>
            (await (await client.PostJsonAsync("/api/aid/applications", request)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors();

        var good = AidTestData.NewIdNumber();
        Assert.Contains("idNumber", (await Refused(AidTestData.Request(suishan, good[..17] + (good[17] == '0' ? '1' : '0')))).Keys);
        var noConsent = AidTestData.Request(suishan);
        noConsent.Consent = false;
        Assert.Contains("consent", (await Refused(noConsent)).Keys);
        var noCause = AidTestData.Request(suishan);
        noCause.Causes = [];
        Assert.Contains("causes", (await Refused(noCause)).Keys);
        Assert.Contains("requestedFen", (await Refused(AidTestData.Request(suishan, requestedFen: -100))).Keys);
        Assert.Contains("requestedFen", (await Refused(AidTestData.Request(suishan, requestedFen: 2_000_001))).Keys);
        var noHousehold = AidTestData.Request(suishan);
        noHousehold.Household = [];
        Assert.Contains("household", (await Refused(noHousehold)).Keys);
        var tooMany = AidTestData.Request(suishan);
        tooMany.Household = Enumerable.Range(0, 11).Select(_ => new HouseholdMemberInput { Name = "成员", Relation = "子女", Age = 5 }).ToList();
        Assert.Contains("household", (await Refused(tooMany)).Keys);
        // A county union is not a first level.
        Assert.Contains("unionId", (await Refused(AidTestData.Request(await app.UnionIdAsync("峨眉山市总工会")))).Keys);
        Assert.False(await app.DbAsync(db => db.AidApplications.AnyAsync(a => a.UserId == worker.Id)));

        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/aid/applications", AidTestData.Request(suishan))).StatusCode);
        // Staff entry: bad input too.
        using var emeishan = await app.As("emeishan");
        var staffBad = AidTestData.Request(suishan);
        staffBad.Phone = "";
        Assert.Contains("phone", (await (await emeishan.PostJsonAsync("/api/console/aid/applications", staffBad)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("unionId", (await (await emeishan.PostJsonAsync("/api/console/aid/applications", AidTestData.Request(await app.UnionIdAsync(AidTestData.Zhoupo))))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        var entered = await (await emeishan.PostJsonAsync("/api/console/aid/applications", AidTestData.Request(suishan, name: "代录职工"))).ReadAsync<AidDetail>(HttpStatusCode.Created);
        Assert.Equal("基层审核中", entered.Item.StatusName);
    }

    [Fact]
    public async Task A_second_open_or_same_year_approved_application_with_the_id_number_is_caught()
    {
        var workers = await app.CreateAsync(3, "aid");
        var suishan = await app.UnionIdAsync(AidTestData.Suishan);
        var id = AidTestData.NewIdNumber();
        var first = await app.ApplyAsync(workers[0], AidTestData.Request(suishan, id));
        using var b = app.Bearer(workers[1]);
        await (await b.PostJsonAsync("/api/aid/applications", AidTestData.Request(suishan, id))).ProblemAsync(HttpStatusCode.Conflict, "duplicate_application");

        // Approved at every level this year: still caught.
        using var emeishan = await app.As("emeishan");
        using var leshan = await app.As("leshan");
        await emeishan.ApproveAsync(first.Id, AidLevel.Grassroots, 300_000);
        await emeishan.ApproveAsync(first.Id, AidLevel.County, 300_000);
        await leshan.ApproveAsync(first.Id, AidLevel.City, 300_000);
        await (await b.PostJsonAsync("/api/aid/applications", AidTestData.Request(suishan, id))).ProblemAsync(HttpStatusCode.Conflict, "duplicate_application");

        // A rejected one does not block.
        var other = AidTestData.NewIdNumber();
        var rejected = await app.ApplyAsync(workers[2], AidTestData.Request(suishan, other));
        await (await emeishan.PostJsonAsync($"/api/console/aid/applications/{rejected.Id}/reject", new AidRejectInput { Reason = "材料不全" })).ReadAsync<AidDetail>();
        await app.ApplyAsync(workers[2], AidTestData.Request(suishan, other));
    }

    [Fact]
    public async Task Six_concurrent_submits_with_one_id_number_make_one_application()
    {
        var workers = await app.CreateAsync(6, "aid");
        var suishan = await app.UnionIdAsync(AidTestData.Suishan);
        var id = AidTestData.NewIdNumber();
        var clients = workers.Select(app.Bearer).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostJsonAsync("/api/aid/applications", AidTestData.Request(suishan, id)))));
        clients.ForEach(c => c.Dispose());
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "duplicate_application");
        }
        var ids = workers.Select(w => (Guid?)w.Id).ToList();
        Assert.Equal(1, await app.DbAsync(db => db.AidApplications.CountAsync(a => ids.Contains(a.UserId))));
    }

    [Fact]
    public async Task Encrypted_columns_hold_no_clear_text_and_consent_is_recorded()
    {
        var worker = (await app.CreateAsync(1, "aid"))[0];
        var id = AidTestData.NewIdNumber();
        var applied = await app.ApplyAsync(worker, AidTestData.Request(await app.UnionIdAsync(AidTestData.Suishan), id));
        var raw = await app.DbAsync(db => db.AidApplications.AsNoTracking().SingleAsync(a => a.Id == applied.Id));
        foreach (var column in new[] { raw.IdCipher, raw.IdLookup, raw.PhoneCipher, raw.HouseholdCipher, raw.IncomeCipher, raw.HealthCipher! })
        {
            Assert.DoesNotContain(id[6..14], column, StringComparison.Ordinal);
            Assert.DoesNotContain(AidTestData.Phone, column, StringComparison.Ordinal);
            Assert.DoesNotContain("1234.56", column, StringComparison.Ordinal);
            Assert.DoesNotContain("123456", column, StringComparison.Ordinal);
            Assert.DoesNotContain("透析", column, StringComparison.Ordinal);
        }
        Assert.Equal("139****4321", raw.PhoneMasked);
        Assert.Equal(id[..4] + "**********" + id[^4..], raw.IdMasked);
        Assert.Equal(TestApp.Now, raw.ConsentAt);
        Assert.Equal(AidOptions.ConsentVersion, raw.ConsentVersion);
        Assert.Equal(2, raw.HouseholdSize);
    }

    public sealed class OnSqlite(SqliteApp app) : AidApplyTests(app);

    public sealed class OnPostgres(PostgresApp app) : AidApplyTests(app);
}
