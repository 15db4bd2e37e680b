using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Membership;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Membership;

public abstract class MembershipApplyTests(TestApp app)
{
    [Fact]
    public async Task Bad_input_answers_field_errors_and_saves_nothing()
    {
        var worker = (await app.CreateAsync(1, "mb"))[0];
        var suishan = await app.UnionIdAsync(MembershipTestData.Suishan);
        var tax = await app.UnionIdAsync(MembershipTestData.TaxOffice);
        using var client = app.Bearer(worker);
        async Task<IReadOnlyDictionary<string, string[]>> Refused(ApplyRequest request) =>
            (await (await client.PostJsonAsync("/api/membership/applications", request)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors();

        var good = MembershipTestData.NewIdNumber();
        var badChecksum = good[..17] + (good[17] == '0' ? '1' : '0');
        Assert.Contains("idNumber", (await Refused(MembershipTestData.Gig(suishan, badChecksum))).Keys);
        var noConsent = MembershipTestData.Gig(suishan);
        noConsent.Consent = false;
        Assert.Contains("consent", (await Refused(noConsent)).Keys);
        var noEmployer = MembershipTestData.Gig(tax);
        noEmployer.WorkKind = WorkKind.Employed;
        Assert.Contains("employer", (await Refused(noEmployer)).Keys);
        Assert.Contains("unionId", (await Refused(MembershipTestData.Gig(999_999))).Keys);
        // An employed worker joins the employer's grassroots union, not a township union.
        var employedToTownship = MembershipTestData.Gig(suishan);
        employedToTownship.WorkKind = WorkKind.Employed;
        employedToTownship.Employer = "某公司";
        Assert.Contains("unionId", (await Refused(employedToTownship)).Keys);
        var badName = MembershipTestData.Gig(suishan, name: "");
        badName.Phone = "123";
        var errors = await Refused(badName);
        Assert.Contains("realName", errors.Keys);
        Assert.Contains("phone", errors.Keys);

        Assert.False(await app.DbAsync(db => db.MembershipApplications.AnyAsync(a => a.UserId == worker.Id)));
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/membership/applications", MembershipTestData.Gig(suishan))).StatusCode);
    }

    [Fact]
    public async Task Gig_workers_join_a_township_or_community_union_and_employed_workers_their_employers()
    {
        var workers = await app.CreateAsync(2, "mb");
        var community = await app.ApplyAsync(workers[0], MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.Community)));
        Assert.Equal(MembershipTestData.Community, community.UnionName);
        var employed = MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.TaxOffice));
        employed.WorkKind = WorkKind.Employed;
        employed.Employer = "国家税务总局峨眉山市税务局";
        Assert.Equal("单位职工", (await app.ApplyAsync(workers[1], employed)).WorkKindName);

        using var anonymous = app.Anonymous();
        var gigUnions = await (await anonymous.GetAsync("/api/membership/unions?kind=FoodDelivery&q=峨眉山")).ReadAsync<List<JoinableUnion>>();
        Assert.Contains(gigUnions, u => u.Name == MembershipTestData.Suishan);
        Assert.Contains(gigUnions, u => u.Name == MembershipTestData.Community);
        Assert.DoesNotContain(gigUnions, u => u.Name == "峨眉山市总工会");
        var employedUnions = await (await anonymous.GetAsync("/api/membership/unions?kind=Employed&q=峨眉山")).ReadAsync<List<JoinableUnion>>();
        Assert.Contains(employedUnions, u => u.Name == MembershipTestData.TaxOffice);
        Assert.DoesNotContain(employedUnions, u => u.Name == MembershipTestData.Suishan);
    }

    [Fact]
    public async Task The_deadline_is_five_working_days_after_the_day_of_submission_skipping_the_weekend()
    {
        var worker = (await app.CreateAsync(1, "mb"))[0];
        // Submitted Wednesday 2 December 2026: Thu, Fri, (weekend), Mon, Tue, Wed.
        var applied = await app.ApplyAsync(worker, MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.Suishan)));
        Assert.Equal(new DateOnly(2026, 12, 9), applied.DueOn);
        using var client = app.Bearer(worker);
        var mine = await (await client.GetAsync("/api/membership/mine")).ReadAsync<MyMembership>();
        Assert.Equal(new DateOnly(2026, 12, 9), mine.Application!.DueOn);
        Assert.Equal(ApplicationStatus.Pending, mine.Application.Status);
        Assert.Null(mine.Card);
    }

    [Fact]
    public async Task One_open_application_per_worker_and_per_id_number_and_members_cannot_apply_again()
    {
        var workers = await app.CreateAsync(3, "mb");
        var suishan = await app.UnionIdAsync(MembershipTestData.Suishan);
        var id = MembershipTestData.NewIdNumber();
        var first = await app.ApplyAsync(workers[0], MembershipTestData.Gig(suishan, id));
        using var a = app.Bearer(workers[0]);
        await (await a.PostJsonAsync("/api/membership/applications", MembershipTestData.Gig(suishan))).ProblemAsync(HttpStatusCode.Conflict, "application_open");
        using var b = app.Bearer(workers[1]);
        await (await b.PostJsonAsync("/api/membership/applications", MembershipTestData.Gig(suishan, id))).ProblemAsync(HttpStatusCode.Conflict, "id_number_in_use");

        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostAsync($"/api/console/membership/applications/{first.Id}/approve", null)).ReadAsync<ApplicationItem>();
        await (await a.PostJsonAsync("/api/membership/applications", MembershipTestData.Gig(suishan))).ProblemAsync(HttpStatusCode.Conflict, "already_member");
        using var c = app.Bearer(workers[2]);
        await (await c.PostJsonAsync("/api/membership/applications", MembershipTestData.Gig(suishan, id))).ProblemAsync(HttpStatusCode.Conflict, "id_number_in_use");

        // A rejected worker may apply again.
        var second = await app.ApplyAsync(workers[1], MembershipTestData.Gig(suishan));
        Assert.Equal(HttpStatusCode.OK, (await emeishan.PostJsonAsync($"/api/console/membership/applications/{second.Id}/reject", new RejectInput { Reason = "信息不完整" })).StatusCode);
        await app.ApplyAsync(workers[1], MembershipTestData.Gig(suishan));
    }

    [Fact]
    public async Task A_double_submit_at_once_makes_exactly_one_application()
    {
        var worker = (await app.CreateAsync(1, "mb"))[0];
        var suishan = await app.UnionIdAsync(MembershipTestData.Suishan);
        var clients = Enumerable.Range(0, 8).Select(_ => app.Bearer(worker)).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostJsonAsync("/api/membership/applications", MembershipTestData.Gig(suishan)))));
        clients.ForEach(c => c.Dispose());
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "application_open");
        }
        Assert.Equal(1, await app.DbAsync(db => db.MembershipApplications.CountAsync(a => a.UserId == worker.Id)));
    }

    [Fact]
    public async Task The_id_number_is_stored_encrypted_with_a_lookup_hash_and_a_masked_copy_and_consent_is_recorded()
    {
        var id = "51118119900101123" + IdNumbers.CheckCharacter("51118119900101123");
        var (worker, approved) = await app.MemberAsync(MembershipTestData.Suishan, "emeishan", id);
        var raw = await app.DbAsync(db => db.MembershipApplications.AsNoTracking().SingleAsync(a => a.UserId == worker.Id));
        Assert.DoesNotContain("19900101", raw.IdCipher, StringComparison.Ordinal);
        Assert.DoesNotContain(id, raw.IdLookup, StringComparison.Ordinal);
        Assert.Equal("5111**********" + id[^4..], raw.IdMasked);
        Assert.Equal("138****5678", raw.PhoneMasked);
        Assert.DoesNotContain("13812345678", raw.PhoneCipher!, StringComparison.Ordinal);
        Assert.Equal(TestApp.Now, raw.ConsentAt);
        Assert.Equal(MembershipOptions.ConsentVersion, raw.ConsentVersion);
        var member = await app.DbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.UserId == worker.Id));
        Assert.DoesNotContain("19900101", member.IdCipher, StringComparison.Ordinal);
        Assert.Equal(raw.IdLookup, member.IdLookup);
        Assert.Equal(approved.MemberNumber, member.MemberNumber);
    }

    public sealed class OnSqlite(SqliteApp app) : MembershipApplyTests(app);

    public sealed class OnPostgres(PostgresApp app) : MembershipApplyTests(app);
}
