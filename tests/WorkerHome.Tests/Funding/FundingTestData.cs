using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Funding;

/// <summary>
/// A test-only corner of the tree: a province and city of its own (so no demo rule applies), a county union under
/// them (the reviewer of county-rated projects, with its own staff) and a township union under it (the applicant,
/// with its own staff), so rules and reports made here touch no other test and no seeded rule touches them.
/// </summary>
public sealed record FundingScene(int CityId, int CountyId, int TownshipId, TestWorker CountyStaff, TestWorker TownshipStaff);

public static class FundingTestData
{
    public static string Unique(string name) => $"{name}{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<FundingScene> FundingSceneAsync(this TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var national = await app.DbAsync(db => db.Unions.Where(u => u.Level == UnionLevel.National).Select(u => u.Id).SingleAsync());
        var province = await app.UnionUnderAsync(national, UnionLevel.Province, Unique("测试省总工会"));
        var city = await app.UnionUnderAsync(province, UnionLevel.City, Unique("测试市总工会"));
        var county = await app.UnionUnderAsync(city, UnionLevel.County, Unique("测试县总工会"));
        var township = await app.UnionUnderAsync(county, UnionLevel.Township, Unique("测试镇总工会"));
        var countyStaff = await app.StaffOnAsync(county);
        var townshipStaff = await app.StaffOnAsync(township);
        return new FundingScene(city, county, township, countyStaff, townshipStaff);
    }

    public static Task<int> UnionUnderAsync(this TestApp app, int parentId, UnionLevel level, string name) => app.DbAsync(async db =>
    {
        var parent = await db.Unions.SingleAsync(u => u.Id == parentId);
        var union = new Union { Name = name, Level = level, ParentId = parentId, CreatedAt = TestApp.Now, Path = "/new/" };
        db.Unions.Add(union);
        await db.SaveChangesAsync();
        union.PlaceUnder(parent);
        await db.SaveChangesAsync();
        return union.Id;
    });

    /// <summary>A fresh account with a Staff grant on one union.</summary>
    public static async Task<TestWorker> StaffOnAsync(this TestApp app, int unionId)
    {
        var person = (await app.CreateAsync(1, "fs")).Single();
        await app.DbAsync(async db =>
        {
            db.RoleGrants.Add(new RoleGrant { UserId = person.Id, Role = Role.Staff, UnionId = unionId, GrantedAt = TestApp.Now });
            await db.SaveChangesAsync();
        });
        return person;
    }

    /// <summary>A project as Construction would leave it at a stage (Construction is built in parallel).</summary>
    public static Task<int> ProjectAsync(this TestApp app, int applicantId, int reviewerId, int countyId, ProjectStage stage,
        long budgetFen = 10_000_000, long requestedFen = 5_000_000, SiteRating rating = SiteRating.County, int year = 2026) => app.DbAsync(async db =>
    {
        var project = new ConstructionProject
        {
            Year = year, Name = Unique("测试阵地建设项目"), UnionId = applicantId, CountyUnionId = countyId, ReviewerUnionId = reviewerId,
            SiteId = await db.Sites.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(), Form = SiteForm.Shared, Rating = rating, Stage = stage,
            BudgetFen = budgetFen, RequestedSubsidyFen = requestedFen, Version = 1, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
            ApprovedSubsidyFen = stage is ProjectStage.Selected or ProjectStage.AwaitingAcceptance or ProjectStage.Accepted ? requestedFen : null,
        };
        db.ConstructionProjects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    });

    public static Task<int> MilestoneAsync(this TestApp app, int projectId, bool done, string title = "装修完成") => app.DbAsync(async db =>
    {
        var milestone = new ProjectMilestone
        {
            ProjectId = projectId, Title = title, DueOn = new DateOnly(2026, 11, 1), SortOrder = 10,
            DoneAt = done ? TestApp.Now.AddDays(-3) : null,
        };
        db.ProjectMilestones.Add(milestone);
        await db.SaveChangesAsync();
        return milestone.Id;
    });

    public static Task<int> LineAsync(this TestApp app, int projectId, FundingSource source, int funderId, long amountFen) => app.DbAsync(async db =>
    {
        var applicant = await db.ConstructionProjects.Where(p => p.Id == projectId).Select(p => p.UnionId).SingleAsync();
        var line = new FundingLine { ProjectId = projectId, Source = source, FunderUnionId = funderId, UnionId = applicant, AmountFen = amountFen, UpdatedAt = TestApp.Now };
        db.FundingLines.Add(line);
        await db.SaveChangesAsync();
        return line.Id;
    });

    public static Task<int> RuleAsync(this TestApp app, int ownerId, FundingSource source, UnionLevel? funderLevel, RuleBasis basis,
        int? minBp = null, int? maxBp = null, long? capFen = null, bool required = false, SiteRating rating = SiteRating.County) => app.DbAsync(async db =>
    {
        var rule = new FundingRule
        {
            UnionId = ownerId, ProjectRating = rating, Source = source, FunderLevel = funderLevel, Basis = basis,
            MinShareBp = minBp, MaxShareBp = maxBp, CapFen = capFen, Required = required, UpdatedAt = TestApp.Now,
        };
        db.FundingRules.Add(rule);
        await db.SaveChangesAsync();
        return rule.Id;
    });

    public static Task<FundingLine> LineRowAsync(this TestApp app, int lineId) =>
        app.DbAsync(db => db.FundingLines.AsNoTracking().SingleAsync(l => l.Id == lineId));
}
