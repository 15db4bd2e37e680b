using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Funding;

public abstract class FundingPaymentTests(TestApp app)
{
    private static PaymentInput Pay(int milestone, long fen) => new() { MilestoneId = milestone, AmountFen = fen, PaidOn = new DateOnly(2026, 12, 1), Voucher = "记-2026-12-001" };

    private async Task<(FundingScene Scene, int Project, int Subsidy, int SelfRaised, int Done)> SelectedAsync(ProjectStage stage = ProjectStage.Selected)
    {
        var scene = await app.FundingSceneAsync();
        var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, stage, budgetFen: 10_000_000, requestedFen: 6_000_000);
        var subsidy = await app.LineAsync(project, FundingSource.Subsidy, scene.CountyId, 6_000_000);
        var selfRaised = await app.LineAsync(project, FundingSource.SelfRaised, scene.TownshipId, 4_000_000);
        var done = await app.MilestoneAsync(project, done: true);
        return (scene, project, subsidy, selfRaised, done);
    }

    [Fact]
    public async Task The_funders_staff_pay_against_a_done_milestone_and_the_ledger_shows_it()
    {
        var (scene, project, subsidy, selfRaised, done) = await SelectedAsync();
        using var county = app.Bearer(scene.CountyStaff);
        var paid = await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 2_500_050))).ReadAsync<PaymentItem>(HttpStatusCode.Created);
        Assert.Equal("装修完成", paid.MilestoneTitle);
        Assert.Equal(2_500_050, (await app.LineRowAsync(subsidy)).PaidFen);

        // Self-raised money is paid by the applicant's own staff.
        using var township = app.Bearer(scene.TownshipStaff);
        await (await township.PostJsonAsync($"/api/funding-lines/{selfRaised}/payments", Pay(done, 1_000_000))).ReadAsync<PaymentItem>(HttpStatusCode.Created);

        var ledger = await (await township.GetAsync($"/api/projects/{project}/funding")).ReadAsync<ProjectFunding>();
        Assert.Equal(3_500_050, ledger.PaidFen);
        Assert.Equal(3_499_950, ledger.Lines.Single(l => l.Id == subsidy).RemainingFen);
        Assert.False(ledger.Lines.Single(l => l.Id == subsidy).CanPay);
        Assert.True(ledger.Lines.Single(l => l.Id == selfRaised).CanPay);
        var payments = await (await township.GetAsync($"/api/projects/{project}/payments")).ReadAsync<List<PaymentItem>>();
        Assert.Equal(2, payments.Count);
    }

    [Fact]
    public async Task A_payment_beyond_what_is_left_of_the_approval_is_a_409_and_nothing_is_saved()
    {
        var (scene, project, subsidy, _, done) = await SelectedAsync();
        using var county = app.Bearer(scene.CountyStaff);
        await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 5_000_000))).ReadAsync<PaymentItem>(HttpStatusCode.Created);
        var problem = await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 1_000_001)))
            .ProblemAsync(HttpStatusCode.Conflict, "payment_exceeds_approval");
        Assert.Contains("¥10,000.00", problem.Errors()["amountFen"][0], StringComparison.Ordinal);
        Assert.Equal(5_000_000, (await app.LineRowAsync(subsidy)).PaidFen);
        Assert.Equal(1, await app.DbAsync(db => db.FundingPayments.CountAsync(p => p.ProjectId == project)));
        // Exactly what is left still goes through.
        await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 1_000_000))).ReadAsync<PaymentItem>(HttpStatusCode.Created);
        Assert.Equal(6_000_000, (await app.LineRowAsync(subsidy)).PaidFen);
    }

    [Fact]
    public async Task A_milestone_not_yet_done_is_a_409_and_one_of_another_project_a_400()
    {
        var (scene, _, subsidy, _, _) = await SelectedAsync();
        var open = await app.MilestoneAsync((await app.DbAsync(db => db.FundingLines.SingleAsync(l => l.Id == subsidy))).ProjectId, done: false, "设备配置");
        var other = await SelectedAsync();
        using var county = app.Bearer(scene.CountyStaff);
        await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(open, 100))).ProblemAsync(HttpStatusCode.Conflict, "milestone_not_done");
        var wrong = await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(other.Done, 100))).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("milestoneId", wrong.Errors().Keys);
        Assert.Equal(0, (await app.LineRowAsync(subsidy)).PaidFen);
    }

    [Theory]
    [InlineData(ProjectStage.Draft)]
    [InlineData(ProjectStage.Reviewed)]
    public async Task Nothing_is_paid_before_the_project_is_selected(ProjectStage stage)
    {
        var (scene, _, subsidy, _, done) = await SelectedAsync(stage);
        using var county = app.Bearer(scene.CountyStaff);
        await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 100))).ProblemAsync(HttpStatusCode.Conflict, "payment_not_allowed");
        Assert.Equal(0, (await app.LineRowAsync(subsidy)).PaidFen);
    }

    [Fact]
    public async Task Only_the_funders_staff_pay_a_line()
    {
        var (scene, project, subsidy, _, done) = await SelectedAsync();
        using var township = app.Bearer(scene.TownshipStaff);
        await (await township.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 100))).ProblemAsync(HttpStatusCode.Forbidden, "funding_line_out_of_scope");
        using var jingyan = await app.As("jingyan");
        await (await jingyan.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 100))).ProblemAsync(HttpStatusCode.Forbidden, "funding_line_out_of_scope");
        using var worker = await app.As("worker03");
        await (await worker.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", Pay(done, 100))).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.False(await app.DbAsync(db => db.FundingPayments.AnyAsync(p => p.ProjectId == project)));
        await (await township.PostJsonAsync("/api/funding-lines/999999/payments", Pay(done, 100))).ProblemAsync(HttpStatusCode.NotFound, "funding_line_not_found");
    }

    public static TheoryData<string, string> BadPayments => new()
    {
        { "zero", "amountFen" },
        { "no date", "paidOn" },
        { "a future date", "paidOn" },
        { "long voucher", "voucher" },
    };

    [Theory]
    [MemberData(nameof(BadPayments))]
    public async Task Bad_payments_are_a_400_naming_the_field(string change, string field)
    {
        var (scene, _, subsidy, _, done) = await SelectedAsync();
        var input = change switch
        {
            "zero" => Pay(done, 0),
            "no date" => Pay(done, 100) with { PaidOn = null },
            "a future date" => Pay(done, 100) with { PaidOn = new DateOnly(2026, 12, 3) },
            _ => Pay(done, 100) with { Voucher = new string('9', 41) },
        };
        using var county = app.Bearer(scene.CountyStaff);
        var problem = await (await county.PostJsonAsync($"/api/funding-lines/{subsidy}/payments", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.Equal(0, (await app.LineRowAsync(subsidy)).PaidFen);
    }

    [Fact]
    public async Task Many_payments_at_once_against_one_approval_never_pay_more_than_approved()
    {
        var (scene, project, _, _, done) = await SelectedAsync();
        var line = await app.LineAsync(project, FundingSource.Matching, scene.CityId, 100_000);
        var city = await app.StaffOnAsync(scene.CityId);
        var clients = Enumerable.Range(0, 24).Select(_ => app.Bearer(city)).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostJsonAsync($"/api/funding-lines/{line}/payments", Pay(done, 7_000)))));
        clients.ForEach(c => c.Dispose());

        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Equal(14, created); // 14 × ¥70 = ¥980 fits in ¥1,000; a 15th would not.
        var row = await app.LineRowAsync(line);
        var payments = await app.DbAsync(db => db.FundingPayments.Where(p => p.LineId == line).SumAsync(p => p.AmountFen));
        Assert.Equal(created * 7_000L, row.PaidFen);
        Assert.Equal(row.PaidFen, payments);
        Assert.True(row.PaidFen <= row.AmountFen);
    }

    public sealed class OnSqlite(SqliteApp app) : FundingPaymentTests(app);

    public sealed class OnPostgres(PostgresApp app) : FundingPaymentTests(app);
}
