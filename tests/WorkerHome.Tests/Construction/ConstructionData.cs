using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Construction;

/// <summary>
/// A private corner of the union tree for one test: a county union under a test-only city with a township below it,
/// a staff account on each (the township applies, the county reviews), the county's standard for shared
/// county-rated sites and its 2026 plan. Nothing here is shared with other tests.
/// </summary>
public sealed record ConstructionScene(int CountyId, int TownshipId, HttpClient Applicant, HttpClient Reviewer, Guid ApplicantUserId,
    int CheckItemId, int AreaItemId, int PlanId) : IDisposable
{
    public void Dispose()
    {
        Applicant.Dispose();
        Reviewer.Dispose();
    }
}

public static class ConstructionData
{
    public const string Township = "511181100";

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public static async Task<ConstructionScene> SceneAsync(this TestApp app, long budgetFen = 100_000_00)
    {
        // Under a test-only city, so tests that count 乐山's counties (or apply its rules) never see these.
        var sichuan = await app.UnionIdAsync("四川省总工会");
        var city = await app.UnionUnderAsync(sichuan, Unique("测试市总工会"), UnionLevel.City, "511100");
        var county = await app.UnionUnderAsync(city, Unique("测试县总工会"), UnionLevel.County, "511181");
        var township = await app.UnionUnderAsync(county, Unique("测试镇总工会"), UnionLevel.Township, Township);
        var people = await app.CreateAsync(2, "cs");
        await app.DbAsync(async db =>
        {
            db.RoleGrants.Add(new RoleGrant { UserId = people[0].Id, Role = Role.Staff, UnionId = township, GrantedAt = TestApp.Now });
            db.RoleGrants.Add(new RoleGrant { UserId = people[1].Id, Role = Role.Staff, UnionId = county, GrantedAt = TestApp.Now });
            await db.SaveChangesAsync();
        });
        var (check, area, plan) = await app.DbAsync(async db =>
        {
            var standard = new ConstructionStandard
            {
                UnionId = county, Name = "测试共享阵地县级标准", Form = SiteForm.Shared, Rating = SiteRating.County, PassScore = 60,
                IsActive = true, Version = 1, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
            };
            db.Standards.Add(standard);
            await db.SaveChangesAsync();
            var sign = new StandardItem { StandardId = standard.Id, Category = "标识标牌", Title = "门头标识统一", Kind = StandardItemKind.Check, Weight = 40, SortOrder = 1 };
            var floor = new StandardItem
            {
                StandardId = standard.Id, Category = "场地面积", Title = "使用面积", Kind = StandardItemKind.Minimum, Minimum = 100, Unit = "平方米",
                Weight = 60, SortOrder = 2,
            };
            db.StandardItems.AddRange(sign, floor);
            var p = new ConstructionPlan
            {
                UnionId = county, Year = 2026, Title = "2026 年度建设计划", BudgetFen = budgetFen, Version = 1, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
            };
            db.ConstructionPlans.Add(p);
            await db.SaveChangesAsync();
            return (sign.Id, floor.Id, p.Id);
        });
        return new ConstructionScene(county, township, app.Bearer(people[0]), app.Bearer(people[1]), people[0].Id, check, area, plan);
    }

    public static Task<int> UnionUnderAsync(this TestApp app, int parentId, string name, UnionLevel level, string regionCode) => app.DbAsync(async db =>
    {
        var parent = await db.Unions.SingleAsync(u => u.Id == parentId);
        var union = new Union { Name = name, Level = level, ParentId = parentId, RegionCode = regionCode, CreatedAt = TestApp.Now, Path = "/new/" };
        db.Unions.Add(union);
        await db.SaveChangesAsync();
        union.PlaceUnder(parent);
        await db.SaveChangesAsync();
        return union.Id;
    });

    public static ProjectApplication Application(int unionId, long budgetFen = 60_000_00, long subsidyFen = 30_000_00) => new()
    {
        Year = 2026,
        Name = Unique("测试社区职工之家建设"),
        UnionId = unionId,
        Form = SiteForm.Shared,
        Rating = SiteRating.County,
        BudgetFen = budgetFen,
        RequestedSubsidyFen = subsidyFen,
        Description = "新建共享职工之家",
        Site = new NewSiteInput
        {
            Name = Unique("测试社区职工之家"), RegionCode = Township, Address = "绥山镇测试路 8 号", HostOrganization = "测试社区",
            Latitude = 29.6, Longitude = 103.48,
        },
    };

    /// <summary>
    /// Ledger lines adding up to the budget, as the Funding room would leave them: the reviewer's subsidy and the
    /// applicant's own money. The scene's county lies under 乐山市总工会, so the seeded county-level rules apply too
    /// (subsidy at most 50% of the budget and ¥50,000, self-raised at least 20%): the default budget keeps within them.
    /// </summary>
    public static Task FundAsync(this TestApp app, int projectId) => app.DbAsync(async db =>
    {
        var p = await db.ConstructionProjects.SingleAsync(x => x.Id == projectId);
        db.FundingLines.Add(new FundingLine
        {
            ProjectId = p.Id, Source = FundingSource.Subsidy, FunderUnionId = p.ReviewerUnionId, UnionId = p.UnionId, AmountFen = p.RequestedSubsidyFen,
            UpdatedAt = TestApp.Now,
        });
        if (p.BudgetFen > p.RequestedSubsidyFen)
        {
            db.FundingLines.Add(new FundingLine
            {
                ProjectId = p.Id, Source = FundingSource.SelfRaised, FunderUnionId = p.UnionId, UnionId = p.UnionId,
                AmountFen = p.BudgetFen - p.RequestedSubsidyFen, UpdatedAt = TestApp.Now,
            });
        }
        await db.SaveChangesAsync();
    });

    public static byte[] Pdf(int size = 64)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, byte[] content, string fileName,
        string? kind = "Application", string title = "申报书")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(title), "title");
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }
        return await client.PostAsync(url, form);
    }

    public static ProjectAnswers Answers(ConstructionScene scene, bool sign, decimal area) => new()
    {
        Answers = [new AssessmentAnswer(scene.CheckItemId, sign, null, null), new AssessmentAnswer(scene.AreaItemId, null, area, null)],
    };

    /// <summary>A drafted project with self-assessment, an application document and a complete ledger, submitted.</summary>
    public static async Task<ProjectDetail> SubmittedAsync(this TestApp app, ConstructionScene scene, long budgetFen = 60_000_00, long subsidyFen = 30_000_00)
    {
        var draft = await (await scene.Applicant.PostJsonAsync("/api/projects", Application(scene.TownshipId, budgetFen, subsidyFen)))
            .ReadAsync<ProjectDetail>(HttpStatusCode.Created);
        await (await scene.Applicant.PostJsonAsync($"/api/projects/{draft.Id}/self-assessment", Answers(scene, true, 120))).ReadAsync<ProjectDetail>();
        await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/documents", Pdf(), "申报书.pdf")).ReadAsync<DocumentView>(HttpStatusCode.Created);
        await app.FundAsync(draft.Id);
        return await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/submit", null)).ReadAsync<ProjectDetail>();
    }

    public static async Task<ProjectDetail> ReviewedAsync(this TestApp app, ConstructionScene scene, int score = 85, long subsidyFen = 30_000_00)
    {
        var submitted = await app.SubmittedAsync(scene, subsidyFen: subsidyFen);
        return await (await scene.Reviewer.PostJsonAsync($"/api/projects/{submitted.Id}/review", new ReviewInput { Score = score, Decision = "pass" }))
            .ReadAsync<ProjectDetail>();
    }

    public static Task<ConstructionProject> ProjectAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.ConstructionProjects.AsNoTracking().SingleAsync(p => p.Id == id));
}
