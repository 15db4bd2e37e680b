using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;
using WorkerHome.Tests.Standards;

namespace WorkerHome.Tests.BattleMap;

/// <summary>
/// The battle map tests' own projects, written straight through the model (the Construction room owns the use cases):
/// in fresh unions, so no other test's projects and no demo project change what these tests count.
/// </summary>
internal static class BattleMapTestData
{
    public static Task<int> UnionUnderAsync(this TestApp app, int parentId, UnionLevel level, string? name = null) => app.DbAsync(async db =>
    {
        var parent = await db.Unions.SingleAsync(u => u.Id == parentId);
        var union = new Union
        {
            Name = name ?? StandardsTestData.Unique("测试工会"), Level = level, ParentId = parent.Id, RegionCode = parent.RegionCode,
            Path = "/new/", CreatedAt = app.Clock.GetUtcNow(),
        };
        db.Unions.Add(union);
        await db.SaveChangesAsync();
        union.PlaceUnder(parent);
        await db.SaveChangesAsync();
        return union.Id;
    });

    /// <summary>A project of the applicant (reviewed by the county) with a site at the given point and milestones (due, done).</summary>
    public static Task<int> ProjectAsync(this TestApp app, int applicantId, int countyId, ProjectStage stage, int year = 2026,
        SiteForm form = SiteForm.Shared, SiteRating rating = SiteRating.County, double latitude = 29.6, double longitude = 103.5,
        params (DateOnly Due, bool Done)[] milestones) => app.DbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow();
        // The site lies in a township of the applicant's county (so a county's site list stays its own); a test-only
        // union outside any real county gets a township the other fixtures use.
        var region = await db.Unions.Where(u => u.Id == applicantId).Select(u => u.RegionCode).SingleAsync();
        var township = region is { Length: 9 } ? region
            : await db.Regions.Where(r => r.Level == RegionLevel.Township && r.ParentCode == region).OrderBy(r => r.Code).Select(r => r.Code).FirstOrDefaultAsync()
              ?? "511181100";
        var site = new Site
        {
            Name = StandardsTestData.Unique("测试项目阵地"), Form = form, Rating = rating,
            Status = stage == ProjectStage.Accepted ? SiteStatus.Operating : SiteStatus.Planned, HostOrganization = "测试社区",
            UnionId = applicantId, RegionCode = township, Address = "测试路 2 号", Latitude = latitude, Longitude = longitude,
            Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        var project = new ConstructionProject
        {
            Year = year, Name = StandardsTestData.Unique("测试项目"), UnionId = applicantId, CountyUnionId = countyId,
            ReviewerUnionId = applicantId == countyId ? (await db.Unions.SingleAsync(u => u.Id == countyId)).ParentId!.Value : countyId,
            SiteId = site.Id, Form = form, Rating = rating, Stage = stage, BudgetFen = 12_345_600, RequestedSubsidyFen = 5_000_000,
            Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        db.ConstructionProjects.Add(project);
        await db.SaveChangesAsync();
        db.ProjectMilestones.AddRange(milestones.Select((m, i) => new ProjectMilestone
        {
            ProjectId = project.Id, Title = $"节点{i + 1}", DueOn = m.Due, SortOrder = i + 1, DoneAt = m.Done ? now : null,
        }));
        await db.SaveChangesAsync();
        return project.Id;
    });

    public static Task PlanAsync(this TestApp app, int cityId, int year, params (int County, SiteForm Form, SiteRating Rating, int Count)[] targets) =>
        app.DbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var plan = new ConstructionPlan
            {
                UnionId = cityId, Year = year, Title = "测试年度计划", BudgetFen = 100_000_000, Version = 1, CreatedAt = now, UpdatedAt = now,
            };
            db.ConstructionPlans.Add(plan);
            await db.SaveChangesAsync();
            db.PlanTargets.AddRange(targets.Select(t => new PlanTarget { PlanId = plan.Id, CountyUnionId = t.County, Form = t.Form, Rating = t.Rating, Count = t.Count }));
            await db.SaveChangesAsync();
        });
}
