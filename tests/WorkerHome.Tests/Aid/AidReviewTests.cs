using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Aid;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Aid;

public abstract class AidReviewTests(TestApp app)
{
    [Fact]
    public async Task Three_levels_approve_the_notice_shows_the_masked_name_only_then_payment_and_re_check()
    {
        var worker = (await app.CreateAsync(1, "aid"))[0];
        var id = AidTestData.NewIdNumber();
        var applied = await app.ApplyAsync(worker, AidTestData.Request(await app.UnionIdAsync(AidTestData.Suishan), id, "钱多难", 500_000));
        Assert.Equal(AidLevel.Grassroots, applied.Level);
        using var suishan = await app.As("suishan");
        using var emeishan = await app.As("emeishan");
        using var leshan = await app.As("leshan");
        var url = $"/api/console/aid/applications/{applied.Id}";

        // Bad input on approve and reject.
        Assert.Contains("opinion", (await (await suishan.PostJsonAsync(url + "/approve", new AidApproveInput { AmountFen = 100, Opinion = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("amountFen", (await (await suishan.PostJsonAsync(url + "/approve", new AidApproveInput { AmountFen = 500_001, Opinion = "同意" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("amountFen", (await (await suishan.PostJsonAsync(url + "/approve", new AidApproveInput { AmountFen = -1, Opinion = "同意" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        foreach (var reason in new[] { "", "短", new string('长', 201) })
        {
            Assert.Contains("reason", (await (await suishan.PostJsonAsync(url + "/reject", new AidRejectInput { Reason = reason }))
                .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        }
        // The wrong level: the city before the first level has decided.
        await (await leshan.PostJsonAsync(url + "/approve", new AidApproveInput { Level = AidLevel.City, AmountFen = 100, Opinion = "同意" }))
            .ProblemAsync(HttpStatusCode.Conflict, "wrong_level");

        await suishan.ApproveAsync(applied.Id, AidLevel.Grassroots, 450_000);
        // 绥山镇 cannot decide for its county.
        await (await suishan.PostJsonAsync(url + "/approve", new AidApproveInput { AmountFen = 100, Opinion = "同意" })).ProblemAsync(HttpStatusCode.Conflict, "wrong_level");
        await (await suishan.PostJsonAsync(url + "/reject", new AidRejectInput { Reason = "不同意" })).ProblemAsync(HttpStatusCode.Conflict, "wrong_level");
        await emeishan.ApproveAsync(applied.Id, AidLevel.County, 400_000);
        await (await emeishan.PostJsonAsync(url + "/approve", new AidApproveInput { Level = AidLevel.City, AmountFen = 100, Opinion = "同意" }))
            .ProblemAsync(HttpStatusCode.Conflict, "wrong_level");
        var budgetBefore = await app.DbAsync(db => db.AidBudgets.AsNoTracking().SingleAsync(b => b.Year == 2026 && db.Unions.Any(u => u.Id == b.UnionId && u.Name == "乐山市总工会")));
        var final = await leshan.ApproveAsync(applied.Id, AidLevel.City, 400_000);
        Assert.Equal(AidStatus.OnNotice, final.Item.Status);
        Assert.Equal(new DateOnly(2026, 12, 9), final.Item.NoticeEndsOn);
        Assert.Equal(["基层", "县级", "市级"], final.Steps.Select(s => s.LevelName));
        Assert.Equal([450_000L, 400_000L, 400_000L], final.Steps.Select(s => s.AmountFen!.Value));
        var budgetAfter = await app.DbAsync(db => db.AidBudgets.AsNoTracking().SingleAsync(b => b.Id == budgetBefore.Id));
        // Other tests approve at the city at the same time: at least this approval is counted (the race test is exact).
        Assert.True(budgetAfter.UsedFen >= budgetBefore.UsedFen + 400_000);
        Assert.True(budgetAfter.UsedCount >= budgetBefore.UsedCount + 1);
        await (await leshan.PostJsonAsync(url + "/approve", new AidApproveInput { AmountFen = 100, Opinion = "同意" })).ProblemAsync(HttpStatusCode.Conflict, "aid_not_reviewing");

        // 公示: the masked name, the union and the amount; no ID number, phone, income, health or cause.
        using var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync("/api/aid/notice");
        var body = await response.Content.ReadAsStringAsync();
        var notices = await response.ReadAsync<List<AidNotice>>();
        Assert.Contains(notices, n => n.NameMasked == "钱**" && n.UnionName == AidTestData.Suishan && n.AmountFen == 400_000);
        Assert.DoesNotContain("钱多难", body, StringComparison.Ordinal);
        Assert.DoesNotContain(id[6..14], body, StringComparison.Ordinal);
        Assert.DoesNotContain("139", body, StringComparison.Ordinal);
        Assert.DoesNotContain("4321", body, StringComparison.Ordinal);
        Assert.DoesNotContain("1234.56", body, StringComparison.Ordinal);
        Assert.DoesNotContain("透析", body, StringComparison.Ordinal);
        Assert.DoesNotContain("患病", body, StringComparison.Ordinal);

        // Payment: not before the notice ends; then only with the approved amount, a day, a method and a reference.
        var pay = new AidPayInput { AmountFen = 400_000, PaidOn = new DateOnly(2026, 12, 2), Method = AidPayMethod.BankTransfer, Reference = "YH20261202001" };
        await (await leshan.PostJsonAsync(url + "/pay", pay)).ProblemAsync(HttpStatusCode.Conflict, "notice_not_over");
        // The clock stays; the notice is made to have ended today.
        await app.DbAsync(db => db.AidApplications.Where(a => a.Id == applied.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.NoticeEndsOn, new DateOnly(2026, 12, 2))));
        var errors = (await (await leshan.PostJsonAsync(url + "/pay", new AidPayInput { AmountFen = 1, PaidOn = new DateOnly(2026, 12, 1), Reference = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors();
        Assert.Equal(["amountFen", "method", "paidOn", "reference"], errors.Keys.Order(StringComparer.Ordinal));
        var paid = await (await leshan.PostJsonAsync(url + "/pay", pay)).ReadAsync<AidDetail>();
        Assert.Equal(AidStatus.Paid, paid.Item.Status);
        Assert.Equal(new DateOnly(2027, 12, 2), paid.Item.RecheckDueOn);
        using var me = app.Bearer(worker);
        var mine = Assert.Single(await (await me.GetAsync("/api/aid/mine")).ReadAsync<List<MyAid>>());
        Assert.Equal("已发放", mine.StatusName);
        Assert.Equal(3, mine.Steps.Count);
        Assert.Equal("银行转账", mine.PayMethodName);
        Assert.DoesNotContain(await (await anonymous.GetAsync("/api/aid/notice")).ReadAsync<List<AidNotice>>(), n => n.NameMasked == "钱**");

        // Re-check.
        Assert.Contains("result", (await (await emeishan.PostJsonAsync(url + "/recheck", new AidRecheckInput { Note = "走访核实" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("note", (await (await emeishan.PostJsonAsync(url + "/recheck", new AidRecheckInput { Result = AidRecheckResult.OutOfHardship, Note = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        var rechecked = await (await emeishan.PostJsonAsync(url + "/recheck", new AidRecheckInput { Result = AidRecheckResult.OutOfHardship, Note = "已再就业" })).ReadAsync<AidDetail>();
        Assert.Equal("已脱困", rechecked.RecheckResultName);
        Assert.Null(rechecked.Item.RecheckDueOn);

        // Income and health only through the privacy door (leshan holds the grant).
        var income = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", new RevealRequest { EntityType = nameof(AidApplication),
            EntityId = applied.Id.ToString(CultureInfo.InvariantCulture), Field = "Income", Reason = "核实家庭收入" })).ReadAsync<RevealedDatum>();
        Assert.Contains("1234.56", income.Value, StringComparison.Ordinal);
        var health = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", new RevealRequest { EntityType = nameof(AidApplication),
            EntityId = applied.Id.ToString(CultureInfo.InvariantCulture), Field = "Health", Reason = "核实健康情况" })).ReadAsync<RevealedDatum>();
        Assert.Equal(AidTestData.Health, health.Value);
        var detail = await (await emeishan.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("1234.56", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(AidTestData.Phone, detail, StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.OperationLogs.AnyAsync(l => l.EntityType == nameof(AidApplication)
            && l.EntityId == applied.Id.ToString(CultureInfo.InvariantCulture) && l.Kind == OperationKind.Viewed)));
    }

    [Fact]
    public async Task Staff_list_read_and_change_applications_of_their_own_subtree_only_and_refusals_are_logged()
    {
        var workers = await app.CreateAsync(2, "aid");
        var inEmeishan = await app.ApplyAsync(workers[0], AidTestData.Request(await app.UnionIdAsync(AidTestData.Suishan), name: "峨眉帮扶"));
        var inJingyan = await app.ApplyAsync(workers[1], AidTestData.Request(await app.UnionIdAsync(AidTestData.Zhoupo), name: "井研帮扶"));
        using var emeishan = await app.As("emeishan");
        using var jingyan = await app.As("jingyan");
        var pay = new AidPayInput { AmountFen = 300_000, PaidOn = new DateOnly(2026, 12, 2), Method = AidPayMethod.Cash, Reference = "XJ001" };
        foreach (var (own, mine, theirs) in new[] { (emeishan, inEmeishan, inJingyan), (jingyan, inJingyan, inEmeishan) })
        {
            var list = await (await own.GetAsync("/api/console/aid/applications?pageSize=100")).ReadAsync<PagedList<AidItem>>();
            Assert.Contains(list.Items, a => a.Id == mine.Id);
            Assert.DoesNotContain(list.Items, a => a.Id == theirs.Id);
            Assert.Equal(mine.Id, (await (await own.GetAsync($"/api/console/aid/applications/{mine.Id}")).ReadAsync<AidDetail>()).Item.Id);
            var other = $"/api/console/aid/applications/{theirs.Id}";
            await (await own.GetAsync(other)).ProblemAsync(HttpStatusCode.NotFound, "aid_application_not_found");
            await (await own.PostJsonAsync(other + "/approve", new AidApproveInput { AmountFen = 100, Opinion = "越权" })).ProblemAsync(HttpStatusCode.NotFound, "aid_application_not_found");
            await (await own.PostJsonAsync(other + "/reject", new AidRejectInput { Reason = "越权操作" })).ProblemAsync(HttpStatusCode.NotFound, "aid_application_not_found");
            await (await own.PostJsonAsync(other + "/pay", pay)).ProblemAsync(HttpStatusCode.NotFound, "aid_application_not_found");
        }
        var denied = await app.DbAsync(db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == nameof(AidApplication) && l.Kind == OperationKind.Denied).Select(l => l.EntityId).ToListAsync());
        Assert.Equal(4, denied.Count(e => e == inJingyan.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(4, denied.Count(e => e == inEmeishan.Id.ToString(CultureInfo.InvariantCulture)));

        // The demo's paid application in 井研县 is due for re-check (jingyan only); the list masks ID numbers and phones.
        var due = await (await jingyan.GetAsync("/api/console/aid/applications?recheckDue=true")).ReadAsync<PagedList<AidItem>>();
        Assert.Contains(due.Items, a => a.RealName == "吴小芳" && a.RecheckDue);
        Assert.DoesNotContain((await (await emeishan.GetAsync("/api/console/aid/applications?recheckDue=true")).ReadAsync<PagedList<AidItem>>()).Items, a => a.RealName == "吴小芳");
        var body = await (await emeishan.GetAsync("/api/console/aid/applications?q=峨眉帮扶")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(AidTestData.Phone, body, StringComparison.Ordinal);
        Assert.Contains("139****4321", body, StringComparison.Ordinal);
        var atCounty = await (await emeishan.GetAsync("/api/console/aid/applications?level=County&pageSize=100")).ReadAsync<PagedList<AidItem>>();
        Assert.All(atCounty.Items, a => Assert.Equal(AidLevel.County, a.Level));

        using var worker = app.Bearer(workers[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/console/aid/applications")).StatusCode);
    }

    [Fact]
    public async Task Budgets_are_set_by_staff_of_the_union_or_above_and_never_below_what_is_used()
    {
        using var emeishan = await app.As("emeishan");
        using var leshan = await app.As("leshan");
        var leshanId = await app.UnionIdAsync("乐山市总工会");
        var emeishanId = await app.UnionIdAsync("峨眉山市总工会");
        var errors = (await (await leshan.PutJsonAsync("/api/console/aid/budgets", new AidBudgetInput { UnionId = leshanId, Year = 1999, BudgetFen = -1, QuotaCount = -1 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors();
        Assert.Equal(["budgetFen", "quotaCount", "year"], errors.Keys.Order(StringComparer.Ordinal));
        await (await emeishan.PutJsonAsync("/api/console/aid/budgets", new AidBudgetInput { UnionId = leshanId, Year = 2026, BudgetFen = 1, QuotaCount = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound, "union_not_found");
        await (await leshan.PutJsonAsync("/api/console/aid/budgets", new AidBudgetInput { UnionId = leshanId, Year = 2026, BudgetFen = 1, QuotaCount = 100 }))
            .ProblemAsync(HttpStatusCode.Conflict, "budget_below_used");
        var set = await (await emeishan.PutJsonAsync("/api/console/aid/budgets", new AidBudgetInput { UnionId = emeishanId, Year = 2027, BudgetFen = 10_000_000, QuotaCount = 10 }))
            .ReadAsync<List<AidBudgetView>>();
        var row = Assert.Single(set, b => b.UnionId == emeishanId);
        Assert.Equal(10_000_000, row.RemainingFen);
        var list = await (await leshan.GetAsync("/api/console/aid/budgets?year=2026")).ReadAsync<List<AidBudgetView>>();
        Assert.Contains(list, b => b.UnionName == "乐山市总工会" && b.BudgetFen == 50_000_000 && b.QuotaCount == 40);
    }

    public sealed class OnSqlite(SqliteApp app) : AidReviewTests(app);

    public sealed class OnPostgres(PostgresApp app) : AidReviewTests(app);
}
