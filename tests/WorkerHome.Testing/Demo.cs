using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sites;

namespace WorkerHome.Testing;

/// <summary>Finds demo records by their natural keys, and builds valid inputs for tests to vary.</summary>
public static class Demo
{
    public static Task<int> UnionIdAsync(this TestApp app, string name) =>
        app.DbAsync(db => db.Unions.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public static Task<int> SiteIdAsync(this TestApp app, string name) =>
        app.DbAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    public static Task<Site> SiteAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Id == id));

    /// <summary>A site that passes every rule: shared, operating, in 绥山镇 under 峨眉山市总工会.</summary>
    public static async Task<SiteInput> ValidSiteAsync(this TestApp app, string? name = null, string union = "峨眉山市总工会", string township = "511181100")
    {
        var unionId = await app.UnionIdAsync(union);
        var areas = await app.DbAsync(db => db.FunctionAreas.Where(a => a.Code == "reading_room" || a.Code == "joining_desk")
            .Select(a => a.Id).ToListAsync());
        return new SiteInput
        {
            Name = name ?? "测试阵地 " + Guid.NewGuid().ToString("N")[..8],
            Form = SiteForm.Shared,
            Rating = SiteRating.County,
            Status = SiteStatus.Operating,
            HostOrganization = "测试社区",
            UnionId = unionId,
            RegionCode = township,
            Address = "测试路 1 号",
            Latitude = 29.59,
            Longitude = 103.47,
            ContactName = "测试",
            ContactPhone = "0833-5551234",
            FunctionAreaIds = areas,
            OpeningHours = Enumerable.Range(1, 7).Select(d => new OpeningPeriodInput { Day = d, Opens = "08:00", Closes = "20:00" }).ToList(),
        };
    }
}
