using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Planning;

/// <summary>A test-only city under 四川省总工会: two counties, a township under the first, and a site to hang projects on.</summary>
public sealed record TestCity(int CityId, string CityName, int CountyAId, string CountyAName, int CountyBId, string CountyBName, int TownshipId, int SiteId);

public static class PlanningData
{
    public static Task<TestCity> TestCityAsync(this TestApp app) => app.DbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var province = await db.Unions.SingleAsync(u => u.Name == "四川省总工会");
        var city = await UnionAsync(db, province, $"测试市{tag}总工会", UnionLevel.City, 10);
        var a = await UnionAsync(db, city, $"测试甲县{tag}总工会", UnionLevel.County, 10);
        var b = await UnionAsync(db, city, $"测试乙县{tag}总工会", UnionLevel.County, 20);
        var township = await UnionAsync(db, a, $"测试甲镇{tag}总工会", UnionLevel.Township, 10);
        // A grassroots union directly under the city is not a row of the city's table.
        await UnionAsync(db, city, $"测试市直单位{tag}工会", UnionLevel.Grassroots, 30);
        var site = new Site
        {
            Name = $"测试项目阵地{tag}", Form = SiteForm.Shared, Rating = SiteRating.County, Status = SiteStatus.Planned,
            HostOrganization = "测试", UnionId = township.Id, RegionCode = "511181100", Address = "测试路", Latitude = 29.6, Longitude = 103.5,
            Version = 1, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
        };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        return new TestCity(city.Id, city.Name, a.Id, a.Name, b.Id, b.Name, township.Id, site.Id);
    });

    /// <summary>A project as the construction room would leave it at a stage (only what the plan table reads matters).</summary>
    public static Task AddProjectAsync(this TestApp app, TestCity city, int applicantId, int countyId, int year, SiteForm form, SiteRating rating, ProjectStage stage) =>
        app.DbAsync(async db =>
        {
            db.ConstructionProjects.Add(new ConstructionProject
            {
                Year = year, Name = "测试项目 " + Guid.NewGuid().ToString("N")[..6], UnionId = applicantId, CountyUnionId = countyId,
                ReviewerUnionId = city.CityId, SiteId = city.SiteId, Form = form, Rating = rating, Stage = stage,
                BudgetFen = 100_000_00, RequestedSubsidyFen = 50_000_00, Version = 1, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
            });
            await db.SaveChangesAsync();
        });

    private static async Task<Union> UnionAsync(AppDbContext db, Union parent, string name, UnionLevel level, int sortOrder)
    {
        var union = new Union { Name = name, Level = level, ParentId = parent.Id, SortOrder = sortOrder, CreatedAt = TestApp.Now, Path = "/new/" };
        db.Unions.Add(union);
        await db.SaveChangesAsync();
        union.PlaceUnder(parent);
        await db.SaveChangesAsync();
        return union;
    }
}
