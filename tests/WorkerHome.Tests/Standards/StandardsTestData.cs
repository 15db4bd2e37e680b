using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Standards;

/// <summary>
/// The standards tests' own data: a fresh union per test under a demo union, a standard owned by it (the deepest
/// owner measures its sites, so no other test's or the demo's standard interferes) and a site of it.
/// </summary>
internal static class StandardsTestData
{
    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    public static Task<int> FreshUnionAsync(this TestApp app, string parentName, UnionLevel level) => app.DbAsync(async db =>
    {
        var parent = await db.Unions.SingleAsync(u => u.Name == parentName);
        var union = new Union
        {
            Name = Unique("测试工会"), Level = level, ParentId = parent.Id, RegionCode = parent.RegionCode, Path = "/new/",
            CreatedAt = app.Clock.GetUtcNow(),
        };
        db.Unions.Add(union);
        await db.SaveChangesAsync();
        union.PlaceUnder(parent);
        await db.SaveChangesAsync();
        return union.Id;
    });

    public static Task<int> AreaIdAsync(this TestApp app, string code) =>
        app.DbAsync(db => db.FunctionAreas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    /// <summary>An active standard (Shared, County) owned by the union: floor area ≥ 100 (40), opening hours ≥ 40 (20), signage (20), reading room (20); pass 60.</summary>
    public static Task<(int Id, int Area, int Hours, int Sign, int Reading)> ActiveStandardAsync(this TestApp app, int ownerId) => app.DbAsync(async db =>
    {
        var reading = await db.FunctionAreas.Where(a => a.Code == "reading_room").Select(a => a.Id).SingleAsync();
        var now = app.Clock.GetUtcNow();
        var standard = new ConstructionStandard
        {
            UnionId = ownerId, Name = Unique("测试标准"), Form = SiteForm.Shared, Rating = SiteRating.County, PassScore = 60, IsActive = true,
            Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        db.Standards.Add(standard);
        await db.SaveChangesAsync();
        var items = new[]
        {
            new StandardItem { StandardId = standard.Id, Category = "场地面积", Title = "场地面积", Kind = StandardItemKind.Minimum, Minimum = 100, Unit = "平方米", Weight = 40, SortOrder = 10 },
            new StandardItem { StandardId = standard.Id, Category = "开放时间", Title = "每周开放时长", Kind = StandardItemKind.Minimum, Minimum = 40, Unit = "小时/周", Weight = 20, SortOrder = 20 },
            new StandardItem { StandardId = standard.Id, Category = "标识标牌", Title = "统一标识标牌", Kind = StandardItemKind.Check, Weight = 20, SortOrder = 30 },
            new StandardItem { StandardId = standard.Id, Category = "功能区", Title = "职工书屋", Kind = StandardItemKind.Check, FunctionAreaId = reading, Weight = 20, SortOrder = 40 },
        };
        db.StandardItems.AddRange(items);
        await db.SaveChangesAsync();
        return (standard.Id, items[0].Id, items[1].Id, items[2].Id, items[3].Id);
    });

    /// <summary>A shared, county-rated, operating site of the union, in 绥山镇.</summary>
    public static Task<int> SiteOfAsync(this TestApp app, int unionId, params int[] areaIds) => app.DbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow();
        var site = new Site
        {
            Name = Unique("测试阵地"), Form = SiteForm.Shared, Rating = SiteRating.County, Status = SiteStatus.Operating,
            HostOrganization = "测试社区", UnionId = unionId, RegionCode = "511181100", Address = "测试路 1 号",
            Latitude = 29.59, Longitude = 103.47, FunctionAreaIds = [.. areaIds], Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        return site.Id;
    });

    public static object Answers(int area, decimal areaValue, int hours, decimal hoursValue, int sign, bool signMet) => new
    {
        answers = new object[]
        {
            new { itemId = area, value = areaValue },
            new { itemId = hours, value = hoursValue },
            new { itemId = sign, met = signMet },
        },
    };
}
