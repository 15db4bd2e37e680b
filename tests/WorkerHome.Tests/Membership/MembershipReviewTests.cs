using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Membership;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Membership;

public abstract class MembershipReviewTests(TestApp app)
{
    [Fact]
    public async Task Staff_see_and_decide_applications_of_their_own_subtree_only_and_refusals_are_logged()
    {
        var workers = await app.CreateAsync(2, "mb");
        var inEmeishan = await app.ApplyAsync(workers[0], MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.Suishan), name: "峨眉申请人"));
        var inJingyan = await app.ApplyAsync(workers[1], MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.Zhoupo), name: "井研申请人"));
        using var emeishan = await app.As("emeishan");
        using var jingyan = await app.As("jingyan");

        foreach (var (own, other, mine, theirs) in new[] { (emeishan, jingyan, inEmeishan, inJingyan), (jingyan, emeishan, inJingyan, inEmeishan) })
        {
            var list = await own.ApplicationsAsync();
            Assert.Contains(list.Items, a => a.Id == mine.Id);
            Assert.DoesNotContain(list.Items, a => a.Id == theirs.Id);
            Assert.Equal(mine.Id, (await (await own.GetAsync($"/api/console/membership/applications/{mine.Id}")).ReadAsync<ApplicationItem>()).Id);
            await (await own.GetAsync($"/api/console/membership/applications/{theirs.Id}")).ProblemAsync(HttpStatusCode.NotFound, "membership_application_not_found");
            await (await own.PostAsync($"/api/console/membership/applications/{theirs.Id}/approve", null)).ProblemAsync(HttpStatusCode.NotFound, "membership_application_not_found");
            await (await own.PostJsonAsync($"/api/console/membership/applications/{theirs.Id}/reject", new RejectInput { Reason = "越权操作" }))
                .ProblemAsync(HttpStatusCode.NotFound, "membership_application_not_found");
        }
        var denied = await app.DbAsync(db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == nameof(MembershipApplication) && l.Kind == OperationKind.Denied).ToListAsync());
        Assert.Equal(3, denied.Count(l => l.EntityId == inJingyan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3, denied.Count(l => l.EntityId == inEmeishan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(ApplicationStatus.Pending, await app.DbAsync(db => db.MembershipApplications.Where(a => a.Id == inJingyan.Id).Select(a => a.Status).SingleAsync()));

        // The demo's overdue application (刘红梅, 周坡镇, due 27 November) is flagged and filtered for 井研县 only.
        var overdue = await jingyan.ApplicationsAsync("overdue=true&pageSize=100");
        Assert.Contains(overdue.Items, a => a.RealName == "刘红梅");
        Assert.All(overdue.Items, a => Assert.True(a.Overdue));
        Assert.DoesNotContain((await emeishan.ApplicationsAsync("overdue=true&pageSize=100")).Items, a => a.RealName == "刘红梅");
        Assert.DoesNotContain((await jingyan.ApplicationsAsync()).Items, a => a.Id == inJingyan.Id && a.Overdue);

        using var worker = app.Bearer(workers[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/console/membership/applications")).StatusCode);
    }

    [Fact]
    public async Task Lists_show_the_id_number_and_phone_masked_only()
    {
        var worker = (await app.CreateAsync(1, "mb"))[0];
        var id = MembershipTestData.NewIdNumber();
        await app.ApplyAsync(worker, MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.Suishan), id, "脱敏检查"));
        using var emeishan = await app.As("emeishan");
        var response = await emeishan.GetAsync("/api/console/membership/applications?q=脱敏检查");
        var body = await response.Content.ReadAsStringAsync();
        var row = Assert.Single((await response.ReadAsync<PagedList<ApplicationItem>>()).Items);
        Assert.Equal(id[..4] + "**********" + id[^4..], row.IdMasked);
        Assert.Equal("138****5678", row.PhoneMasked);
        Assert.DoesNotContain(id[4..14], body, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", body, StringComparison.Ordinal);

        await (await emeishan.PostAsync($"/api/console/membership/applications/{row.Id}/approve", null)).ReadAsync<ApplicationItem>();
        var members = await emeishan.GetAsync("/api/console/membership/members?q=脱敏检查");
        var membersBody = await members.Content.ReadAsStringAsync();
        Assert.Equal(row.IdMasked, Assert.Single((await members.ReadAsync<PagedList<MemberItem>>()).Items).IdMasked);
        Assert.DoesNotContain(id[4..14], membersBody, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", membersBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_needs_a_reason_and_tells_the_worker_and_a_decided_application_cannot_be_decided_again()
    {
        var worker = (await app.CreateAsync(1, "mb"))[0];
        var applied = await app.ApplyAsync(worker, MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.Suishan)));
        using var emeishan = await app.As("emeishan");
        foreach (var reason in new[] { "", "短", new string('长', 201) })
        {
            Assert.Contains("reason", (await (await emeishan.PostJsonAsync($"/api/console/membership/applications/{applied.Id}/reject", new RejectInput { Reason = reason }))
                .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        }
        var rejected = await (await emeishan.PostJsonAsync($"/api/console/membership/applications/{applied.Id}/reject", new RejectInput { Reason = "身份证信息与本人不符" }))
            .ReadAsync<ApplicationItem>();
        Assert.Equal(ApplicationStatus.Rejected, rejected.Status);
        await (await emeishan.PostAsync($"/api/console/membership/applications/{applied.Id}/approve", null)).ProblemAsync(HttpStatusCode.Conflict, "application_decided");
        using var client = app.Bearer(worker);
        var mine = await (await client.GetAsync("/api/membership/mine")).ReadAsync<MyMembership>();
        Assert.Equal("身份证信息与本人不符", mine.Application!.RejectReason);
        Assert.True(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.UserId == worker.Id && n.Title == "入会申请未通过")));
        var key = applied.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.DbAsync(db => db.OperationLogs.AnyAsync(l => l.EntityType == nameof(MembershipApplication)
            && l.EntityId == key && l.Kind == OperationKind.Updated)));
    }

    [Fact]
    public async Task Approve_and_reject_at_once_leave_exactly_one_decision()
    {
        var workers = await app.CreateAsync(6, "mb");
        var suishan = await app.UnionIdAsync(MembershipTestData.Suishan);
        using var a = await app.As("emeishan");
        using var b = await app.As("leshan");
        foreach (var worker in workers)
        {
            var applied = await app.ApplyAsync(worker, MembershipTestData.Gig(suishan));
            var responses = await Task.WhenAll(
                Task.Run(() => a.PostAsync($"/api/console/membership/applications/{applied.Id}/approve", null)),
                Task.Run(() => b.PostJsonAsync($"/api/console/membership/applications/{applied.Id}/reject", new RejectInput { Reason = "同时审核" })));
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict, "application_decided");
            var status = await app.DbAsync(db => db.MembershipApplications.Where(x => x.Id == applied.Id).Select(x => x.Status).SingleAsync());
            var members = await app.DbAsync(db => db.Members.CountAsync(m => m.UserId == worker.Id));
            Assert.Equal(responses[0].StatusCode == HttpStatusCode.OK ? ApplicationStatus.Approved : ApplicationStatus.Rejected, status);
            Assert.Equal(status == ApplicationStatus.Approved ? 1 : 0, members);
        }
    }

    [Fact]
    public async Task Twenty_approvals_at_once_get_twenty_distinct_member_numbers()
    {
        var workers = await app.CreateAsync(20, "mb");
        var suishan = await app.UnionIdAsync(MembershipTestData.Suishan);
        var applications = new List<MyApplication>();
        foreach (var worker in workers)
        {
            applications.Add(await app.ApplyAsync(worker, MembershipTestData.Gig(suishan)));
        }
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.As("emeishan")));
        var responses = await Task.WhenAll(applications.Select((x, i) => Task.Run(() => clients[i].PostAsync($"/api/console/membership/applications/{x.Id}/approve", null))));
        foreach (var c in clients)
        {
            c.Dispose();
        }
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ids = workers.Select(w => w.Id).ToList();
        var numbers = await app.DbAsync(db => db.Members.Where(m => ids.Contains(m.UserId)).Select(m => m.MemberNumber).ToListAsync());
        Assert.Equal(20, numbers.Count);
        Assert.Equal(20, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.StartsWith($"GH{suishan}-2026-", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_card_verifies_publicly_with_a_masked_name_and_a_qr_code()
    {
        var (worker, approved) = await app.MemberAsync(MembershipTestData.Suishan, "emeishan");
        using var client = app.Bearer(worker);
        var mine = await (await client.GetAsync("/api/membership/mine")).ReadAsync<MyMembership>();
        var card = mine.Card!;
        Assert.Equal(approved.MemberNumber, card.MemberNumber);
        Assert.Equal(MembershipTestData.Suishan, card.UnionName);
        var qr = await client.GetAsync("/api/membership/mine/qr.png");
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        using var anonymous = app.Anonymous();
        var code = card.VerifyPath.Split('/')[^1];
        var check = await (await anonymous.GetAsync("/api/membership/verify/" + code)).ReadAsync<MemberCheck>();
        Assert.True(check.Valid);
        Assert.Equal("王**", check.NameMasked);
        Assert.False((await (await anonymous.GetAsync("/api/membership/verify/forged")).ReadAsync<MemberCheck>()).Valid);
        var page = System.Net.WebUtility.HtmlDecode(await (await anonymous.GetAsync(card.VerifyPath)).Content.ReadAsStringAsync());
        Assert.Contains("有效会员", page, StringComparison.Ordinal);
        Assert.Contains("无效", System.Net.WebUtility.HtmlDecode(await (await anonymous.GetAsync("/membership/verify/forged")).Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transfer_keeps_the_number_records_history_and_moves_the_member_into_the_receiving_scope()
    {
        var (worker, approved) = await app.MemberAsync(MembershipTestData.Suishan, "emeishan");
        using var emeishan = await app.As("emeishan");
        using var jingyan = await app.As("jingyan");
        var memberId = await app.DbAsync(db => db.Members.Where(m => m.UserId == worker.Id).Select(m => m.Id).SingleAsync());
        var zhoupo = await app.UnionIdAsync(MembershipTestData.Zhoupo);

        await (await jingyan.GetAsync($"/api/console/membership/members/{memberId}")).ProblemAsync(HttpStatusCode.NotFound, "member_not_found");
        await (await jingyan.PostJsonAsync($"/api/console/membership/members/{memberId}/transfer", new TransferInput { ToUnionId = zhoupo, Reason = "越权转会" }))
            .ProblemAsync(HttpStatusCode.NotFound, "member_not_found");
        Assert.Contains("reason", (await (await emeishan.PostJsonAsync($"/api/console/membership/members/{memberId}/transfer", new TransferInput { ToUnionId = zhoupo, Reason = "短" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("toUnionId", (await (await emeishan.PostJsonAsync($"/api/console/membership/members/{memberId}/transfer", new TransferInput { ToUnionId = 999_999, Reason = "迁居井研" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);

        var moved = await (await emeishan.PostJsonAsync($"/api/console/membership/members/{memberId}/transfer", new TransferInput { ToUnionId = zhoupo, Reason = "迁居井研县周坡镇" }))
            .ReadAsync<MemberDetail>();
        Assert.Equal(approved.MemberNumber, moved.Member.MemberNumber);
        Assert.Equal(MembershipTestData.Zhoupo, moved.Member.UnionName);

        await (await emeishan.GetAsync($"/api/console/membership/members/{memberId}")).ProblemAsync(HttpStatusCode.NotFound, "member_not_found");
        var members = await (await emeishan.GetAsync("/api/console/membership/members?pageSize=100&q=" + approved.MemberNumber)).ReadAsync<PagedList<MemberItem>>();
        Assert.Empty(members.Items);
        var detail = await (await jingyan.GetAsync($"/api/console/membership/members/{memberId}")).ReadAsync<MemberDetail>();
        Assert.Equal(2, detail.Records.Count);
        Assert.Equal(("转会", MembershipTestData.Suishan, MembershipTestData.Zhoupo, "迁居井研县周坡镇"),
            (detail.Records[1].Kind, detail.Records[1].FromUnionName, detail.Records[1].ToUnionName, detail.Records[1].Reason));
        Assert.Single((await (await jingyan.GetAsync("/api/console/membership/members?q=" + approved.MemberNumber)).ReadAsync<PagedList<MemberItem>>()).Items);

        using var client = app.Bearer(worker);
        var mine = await (await client.GetAsync("/api/membership/mine")).ReadAsync<MyMembership>();
        Assert.Equal(MembershipTestData.Zhoupo, mine.Card!.UnionName);
        Assert.Equal(2, mine.Records.Count);
        var key = memberId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var denied = await app.DbAsync(db => db.OperationLogs.CountAsync(l => l.EntityType == nameof(Member)
            && l.EntityId == key && l.Kind == OperationKind.Denied));
        Assert.Equal(3, denied);
    }

    public sealed class OnSqlite(SqliteApp app) : MembershipReviewTests(app);

    public sealed class OnPostgres(PostgresApp app) : MembershipReviewTests(app);
}
