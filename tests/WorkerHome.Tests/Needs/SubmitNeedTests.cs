using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Needs;

public abstract class SubmitNeedTests(TestApp app)
{
    [Fact]
    public async Task A_clean_need_is_public_at_once_and_grouped()
    {
        var union = await app.FreshUnionAsync();
        using var worker = await app.NewWorkerAsync(union);
        var need = await worker.Client.SubmitAsync("希望开展劳动合同法讲座");

        Assert.Equal(ModerationStatus.Approved, need.Moderation);
        Assert.Equal(NeedStatus.Grouped, need.Status);
        Assert.Equal("已归类", need.StatusName);
        Assert.Null(need.ModerationNote);
        Assert.Equal([PreferredTimes.WeekdayEvening, PreferredTimes.Weekend], need.PreferredTimes);
        Assert.Equal("工作日晚上、周末", need.PreferredTimesText);
        var saved = await app.NeedAsync(need.Id);
        Assert.Equal(union, saved.UnionId);
        Assert.Equal(worker.Id, saved.UserId);
        Assert.NotNull(saved.GroupId);
        Assert.False(await app.DbAsync(db => db.ModerationCases.AnyAsync(c => c.ContentType == "Need" && c.ContentId == need.Id)));
    }

    [Fact]
    public async Task A_flagged_need_waits_for_review_with_its_case_and_is_not_grouped()
    {
        var union = await app.FreshUnionAsync();
        using var worker = await app.NewWorkerAsync(union);
        var need = await worker.Client.SubmitAsync("想找律师咨询工伤赔偿，请加我微信 abc_12345 详聊");

        Assert.Equal(ModerationStatus.Pending, need.Moderation);
        Assert.Equal("审核中", need.StatusName);
        Assert.Equal("您的需求正在审核，通过后公开", need.ModerationNote);
        var saved = await app.NeedAsync(need.Id);
        Assert.Null(saved.GroupId);
        Assert.Equal(NeedStatus.Submitted, saved.Status);
        var held = await app.DbAsync(db => db.ModerationCases.SingleAsync(c => c.ContentType == "Need" && c.ContentId == need.Id));
        Assert.Equal(union, held.UnionId);
        Assert.Equal(worker.Id, held.AuthorId);
        Assert.Contains(held.Reasons, r => r.Contains("微信", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_need_for_a_township_goes_to_the_township_union()
    {
        using var worker = await app.NewWorkerAsync(null);
        var need = await worker.Client.SubmitAsync("希望在街道开心理健康讲座", NeedCategory.Psychology, new { townshipCode = "620104007" });
        Assert.Equal("西柳沟街道总工会", need.UnionName);
        Assert.Equal("西柳沟街道", need.TownshipName);
        Assert.Equal(await app.UnionIdAsync("西柳沟街道总工会"), (await app.NeedAsync(need.Id)).UnionId);
    }

    [Fact]
    public async Task A_township_without_its_own_union_is_served_by_the_county_union()
    {
        var township = await app.DbAsync(db => db.Regions
            .Where(r => r.Level == WorkerHome.Features.Regions.RegionLevel.Township && r.Code.StartsWith("620104") && !db.Unions.Any(u => u.RegionCode == r.Code))
            .Select(r => r.Code).FirstAsync());
        using var worker = await app.NewWorkerAsync(null);
        var need = await worker.Client.SubmitAsync("想学电工技术", NeedCategory.SkillsTraining, new { townshipCode = township });
        Assert.Equal("西固区总工会", need.UnionName);
    }

    [Fact]
    public async Task A_need_for_a_site_goes_to_the_site_union_and_records_its_township()
    {
        var siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家");
        using var worker = await app.NewWorkerAsync(null);
        var need = await worker.Client.SubmitAsync("希望上坎社区多开法律讲座", NeedCategory.LegalAid, new { preferredSiteId = siteId });
        var site = await app.SiteAsync(siteId);
        var saved = await app.NeedAsync(need.Id);
        Assert.Equal(site.UnionId, saved.UnionId);
        Assert.Equal(site.RegionCode, saved.PreferredRegionCode);
        Assert.Equal("西柳沟街道上坎社区职工之家", need.SiteName);
    }

    [Fact]
    public async Task Without_a_place_the_need_goes_to_the_home_union_and_without_either_it_is_refused()
    {
        var union = await app.FreshUnionAsync("峨眉山市总工会");
        using var member = await app.NewWorkerAsync(union);
        Assert.Equal(union, (await app.NeedAsync((await member.Client.SubmitAsync("想学书法")).Id)).UnionId);

        using var stranger = await app.NewWorkerAsync(null);
        var problem = await (await stranger.Client.PostJsonAsync("/api/needs", NeedsTestData.Request("想学书法")))
            .ProblemAsync(HttpStatusCode.BadRequest, "region_not_served");
        Assert.Contains("townshipCode", problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.Needs.AnyAsync(n => n.UserId == stranger.Id)));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty text", "text" },
        { "blank text", "text" },
        { "long text", "text" },
        { "unknown category", "category" },
        { "undefined category number", "category" },
        { "no category", "category" },
        { "township not nine digits", "townshipCode" },
        { "unknown township", "townshipCode" },
        { "a county is no township", "townshipCode" },
        { "unknown site", "preferredSiteId" },
        { "site not open to the public", "preferredSiteId" },
        { "site in another township", "townshipCode" },
        { "unknown time", "preferredTimes[0]" },
        { "unknown survey", "surveyId" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        using var worker = await app.NewWorkerAsync(await app.FreshUnionAsync());
        var body = NeedsTestData.Request("希望开展劳动合同法讲座");
        switch (change)
        {
            case "empty text": body["text"] = ""; break;
            case "blank text": body["text"] = "   \n  "; break;
            case "long text": body["text"] = new string('讲', 501); break;
            case "unknown category": body["category"] = "Astrology"; break;
            case "undefined category number": body["category"] = 42; break;
            case "no category": body.Remove("category"); break;
            case "township not nine digits": body["townshipCode"] = "62010"; break;
            case "unknown township": body["townshipCode"] = "620104999"; break;
            case "a county is no township": body["townshipCode"] = "620104000"; break;
            case "unknown site": body["preferredSiteId"] = 999999; break;
            case "site not open to the public": body["preferredSiteId"] = await app.SiteIdAsync("井研县竹园镇职工之家"); break;
            case "site in another township":
                body["preferredSiteId"] = await app.SiteIdAsync("西柳沟街道上坎社区职工之家");
                body["townshipCode"] = "620104001";
                break;
            case "unknown time": body["preferredTimes"] = new[] { "Midnight" }; break;
            case "unknown survey": body["surveyId"] = 999999; break;
        }
        var problem = await (await worker.Client.PostJsonAsync("/api/needs", body)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.Needs.AnyAsync(n => n.UserId == worker.Id)));
    }

    [Fact]
    public async Task Five_hundred_characters_are_fine_once_trimmed()
    {
        using var worker = await app.NewWorkerAsync(await app.FreshUnionAsync());
        var need = await worker.Client.SubmitAsync("  " + new string('讲', 498) + "  ");
        Assert.Equal(498, need.Text.Length);
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_submit()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.PostJsonAsync("/api/needs", NeedsTestData.Request("希望开展劳动合同法讲座"))).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    public sealed class OnSqlite(SqliteApp app) : SubmitNeedTests(app);

    public sealed class OnPostgres(PostgresApp app) : SubmitNeedTests(app);
}
