using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Volunteers;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Volunteers;

public abstract class VolunteerRegistrationTests(TestApp app)
{
    [Fact]
    public async Task A_signed_in_person_registers_and_sees_the_record_pending()
    {
        var (person, registered, input) = await app.RegisteredAsync();
        Assert.Equal(VolunteerStatus.Pending, registered.Status);
        Assert.Equal("待审核", registered.StatusName);
        Assert.Equal(input.CertificateNumber, registered.CertificateNumber);
        Assert.Equal(2, registered.Townships.Count);
        Assert.Contains(registered.Townships, t => t.Name.Contains("西柳沟街道", StringComparison.Ordinal));
        Assert.Equal(["19:00", "08:30"], registered.Availability.Select(a => a.From));

        using var client = app.Bearer(person);
        var mine = await (await client.GetAsync("/api/me/volunteer")).ReadAsync<VolunteerDetail>();
        Assert.Equal(registered.Id, mine.Id);
        Assert.Equal(0, mine.Hours.Sessions);
        var saved = await app.VolunteerAsync(registered.Id);
        Assert.Equal(person.Id, saved.UserId);
        Assert.Equal([NeedCategory.EmploymentRights, NeedCategory.LegalAid], saved.Skills);
        Assert.False(await app.HasVolunteerGrantAsync(person.Id));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "no qualification", "qualification" },
        { "certificate with a dash", "certificateNumber" },
        { "certificate too short", "certificateNumber" },
        { "no organisation", "organization" },
        { "no union", "unionId" },
        { "a city union", "unionId" },
        { "unknown union", "unionId" },
        { "no skill", "skills" },
        { "no township", "regionCodes" },
        { "unknown township", "regionCodes[0]" },
        { "a county code as township", "regionCodes[0]" },
        { "day 8", "availability[0].day" },
        { "time not HH:mm", "availability[0].from" },
        { "window ending before it starts", "availability[0].to" },
        { "overlapping windows", "availability[1]" },
        { "load of zero", "maxSessionsPerMonth" },
        { "long introduction", "introduction" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_naming_the_field_in_Chinese_and_nothing_is_saved(string change, string field)
    {
        var person = (await app.CreateAsync(1, "vbad")).Single();
        var input = await app.ValidInputAsync();
        switch (change)
        {
            case "no qualification": input.Qualification = null; break;
            case "certificate with a dash": input.CertificateNumber = "1620-12345"; break;
            case "certificate too short": input.CertificateNumber = "12345"; break;
            case "no organisation": input.Organization = " "; break;
            case "no union": input.UnionId = null; break;
            case "a city union": input.UnionId = await app.UnionIdAsync("乐山市总工会"); break;
            case "unknown union": input.UnionId = 987654; break;
            case "no skill": input.Skills = []; break;
            case "no township": input.RegionCodes = []; break;
            case "unknown township": input.RegionCodes = ["620104999"]; break;
            case "a county code as township": input.RegionCodes = ["620104"]; break;
            case "day 8": input.Availability[0].Day = 8; break;
            case "time not HH:mm": input.Availability[0].From = "7点"; break;
            case "window ending before it starts": input.Availability[0].To = "18:00"; break;
            case "overlapping windows": input.Availability = [new() { Day = 1, From = "08:00", To = "12:00" }, new() { Day = 1, From = "11:00", To = "13:00" }]; break;
            case "load of zero": input.MaxSessionsPerMonth = 0; break;
            case "long introduction": input.Introduction = new string('长', 501); break;
            default: throw new ArgumentOutOfRangeException(nameof(change));
        }
        using var client = app.Bearer(person);
        var problem = await (await client.PostJsonAsync("/api/volunteers/registration", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.Errors();
        Assert.True(errors.ContainsKey(field), $"{change}: expected an error on {field}, got {string.Join(", ", errors.Keys)}");
        Assert.All(errors[field], m => Assert.Contains(m, c => c >= 0x4E00 && c <= 0x9FFF));
        Assert.False(await app.DbAsync(db => db.Volunteers.AnyAsync(v => v.UserId == person.Id)));
    }

    [Fact]
    public async Task A_second_registration_while_pending_or_verified_is_a_409()
    {
        var (person, registered, input) = await app.RegisteredAsync();
        using var client = app.Bearer(person);
        await (await client.PostJsonAsync("/api/volunteers/registration", input)).ProblemAsync(HttpStatusCode.Conflict, "volunteer_already_registered");

        using var xigu = await app.As("xigu");
        await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/verify", new { })).ReadAsync<VolunteerDetail>();
        await (await client.PostJsonAsync("/api/volunteers/registration", input)).ProblemAsync(HttpStatusCode.Conflict, "volunteer_already_registered");
        Assert.Equal(1, await app.DbAsync(db => db.Volunteers.CountAsync(v => v.UserId == person.Id)));
    }

    [Fact]
    public async Task After_a_rejection_the_person_corrects_and_resubmits_and_is_pending_again()
    {
        var (person, registered, input) = await app.RegisteredAsync();
        using var xigu = await app.As("xigu");
        var rejected = await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/reject", new { reason = "证书编号与证书不符" })).ReadAsync<VolunteerDetail>();
        Assert.Equal(VolunteerStatus.Rejected, rejected.Status);

        using var client = app.Bearer(person);
        var mine = await (await client.GetAsync("/api/me/volunteer")).ReadAsync<VolunteerDetail>();
        Assert.Equal("证书编号与证书不符", mine.ReviewNote);
        input.CertificateNumber = "A" + input.CertificateNumber;
        var resubmitted = await (await client.PostJsonAsync("/api/volunteers/registration", input)).ReadAsync<VolunteerDetail>(HttpStatusCode.Created);
        Assert.Equal(registered.Id, resubmitted.Id);
        Assert.Equal(VolunteerStatus.Pending, resubmitted.Status);
        Assert.Null(resubmitted.ReviewNote);
        Assert.Equal(input.CertificateNumber, (await app.VolunteerAsync(registered.Id)).CertificateNumber);
    }

    [Fact]
    public async Task Editing_the_certificate_of_a_verified_volunteer_sends_it_back_to_pending_and_removes_the_role()
    {
        var (person, registered, input) = await app.RegisteredAsync();
        using var xigu = await app.As("xigu");
        var verified = await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/verify", new { })).ReadAsync<VolunteerDetail>();
        Assert.True(await app.HasVolunteerGrantAsync(person.Id));

        using var client = app.Bearer(person);
        input.Version = verified.Version;
        input.Tags = ["劳动仲裁"];
        input.MaxSessionsPerMonth = 6;
        var edited = await (await client.PutJsonAsync("/api/me/volunteer", input)).ReadAsync<VolunteerDetail>();
        Assert.Equal(VolunteerStatus.Verified, edited.Status);
        Assert.Equal(["劳动仲裁"], edited.Tags);
        Assert.Equal(verified.Version + 1, edited.Version);
        Assert.True(await app.HasVolunteerGrantAsync(person.Id));

        await (await client.PutJsonAsync("/api/me/volunteer", input)).ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        input.Version = edited.Version;
        input.CertificateNumber = "B" + input.CertificateNumber;
        var changed = await (await client.PutJsonAsync("/api/me/volunteer", input)).ReadAsync<VolunteerDetail>();
        Assert.Equal(VolunteerStatus.Pending, changed.Status);
        Assert.False(await app.HasVolunteerGrantAsync(person.Id));
    }

    [Fact]
    public async Task Editing_needs_a_version_and_a_record()
    {
        var (person, _, input) = await app.RegisteredAsync();
        using var client = app.Bearer(person);
        var problem = await (await client.PutJsonAsync("/api/me/volunteer", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors().ContainsKey("version"));

        using var stranger = app.Bearer((await app.CreateAsync(1, "vnone")).Single());
        await (await stranger.GetAsync("/api/me/volunteer")).ProblemAsync(HttpStatusCode.NotFound, "volunteer_not_registered");
        input.Version = 1;
        await (await stranger.PutJsonAsync("/api/me/volunteer", input)).ProblemAsync(HttpStatusCode.NotFound, "volunteer_not_registered");
    }

    [Fact]
    public async Task The_union_picker_offers_county_unions_with_their_street_unions()
    {
        using var client = app.Bearer((await app.CreateAsync(1, "vu")).Single());
        var groups = await (await client.GetAsync("/api/volunteers/unions")).ReadAsync<List<ServiceUnionGroup>>();
        var xigu = Assert.Single(groups, g => g.Name == "西固区总工会");
        Assert.Contains(xigu.Streets, s => s.Name == "西柳沟街道总工会");
        Assert.DoesNotContain(groups, g => g.Name == "乐山市总工会");
    }

    [Theory]
    [InlineData("GET", "/api/me/volunteer")]
    [InlineData("PUT", "/api/me/volunteer")]
    [InlineData("GET", "/api/me/volunteer/hours")]
    [InlineData("POST", "/api/volunteers/registration")]
    [InlineData("GET", "/api/volunteers/unions")]
    [InlineData("GET", "/api/volunteers")]
    [InlineData("POST", "/api/volunteers/1/verify")]
    public async Task Anonymous_callers_get_401(string method, string url)
    {
        using var anonymous = app.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : System.Net.Http.Json.JsonContent.Create(new { }) };
        await (await anonymous.SendAsync(request)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    public sealed class OnSqlite(SqliteApp app) : VolunteerRegistrationTests(app);

    public sealed class OnPostgres(PostgresApp app) : VolunteerRegistrationTests(app);
}
