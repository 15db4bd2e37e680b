using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Menu;
using WorkerHome.Testing;

namespace WorkerHome.Bench;

/// <summary>One read path of the read benchmark: a name, a URL, who asks (null: anonymous) and what it is compared with.</summary>
internal sealed record ReadPath(string Name, string Url, string? Account, string Baseline = ReadPaths.Floor);

/// <summary>The ids the URLs need, looked up in the generated database.</summary>
internal sealed record ReadIds(int CityUnion, int CountyUnion, int Site, int MenuItem, string Near)
{
    /// <summary>Leshan, Emeishan, the newest site and published item of Emeishan, a point in Emeishan city.</summary>
    public static Task<ReadIds> LookUpAsync(TestApp app) => app.DbAsync(async db =>
    {
        var city = await db.Unions.Where(u => u.Name == "乐山市总工会").Select(u => u.Id).SingleAsync();
        var county = await db.Unions.Where(u => u.Name == "峨眉山市总工会").Select(u => u.Id).SingleAsync();
        var site = await db.Sites.Where(s => s.RegionCode.StartsWith("511181")).OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync();
        var item = await db.MenuItems.Where(i => db.Menus.Any(m => m.Id == i.MenuId && m.Status == MenuStatus.Published) && i.UnionId == county)
            .OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync();
        return new ReadIds(city, county, site, item, "29.60,103.48");
    });
}

internal static class ReadPaths
{
    public const string Floor = "health (HTTP floor)";

    /// <summary>
    /// Every path the dashboard scenario measures, in order. A new read (the statistics dashboard, say) is one line here:
    /// <c>new("statistics dashboard (city)", $"/api/console/statistics/dashboard?union={ids.CityUnion}&amp;from=2026-01&amp;to=2026-12", "leshan"),</c>
    /// </summary>
    public static IReadOnlyList<ReadPath> All(ReadIds ids) =>
    [
        new(Floor, "/health/live", null, Floor),
        new("site search (public)", "/api/sites?q=驿站&page=1&pageSize=20", null),
        new("nearest sites", $"/api/sites?near={ids.Near}&pageSize=10", null),
        new("site page (API)", $"/api/sites/{ids.Site}", null),
        new("site page (HTML)", $"/sites/{ids.Site}", null),
        new("menu (city, this month)", $"/api/menu?union={ids.CityUnion}&page=1&pageSize=20", null),
        new("menu item with sessions", $"/api/menu/items/{ids.MenuItem}", null),
        new("sites, managed (city staff)", "/api/sites?scope=managed&page=1&pageSize=20", "leshan"),
        new("sites, managed (county staff)", "/api/sites?scope=managed&page=1&pageSize=20", "emeishan"),
        new("needs inbox (city staff)", "/api/needs/manage?page=1&pageSize=20", "leshan"),
        new("needs inbox (county staff)", "/api/needs/manage?page=1&pageSize=20", "emeishan"),
        new("rights cases (city staff)", "/api/console/rights/cases?page=1&pageSize=20", "leshan"),
        new("aid applications (city staff)", "/api/console/aid/applications?page=1&pageSize=20", "leshan"),
        new("statistics dashboard (city)", $"/api/console/statistics/dashboard?union={ids.CityUnion}&from=2026-01&to=2026-12", "leshan"),
        new("statistics dashboard (county)", $"/api/console/statistics/dashboard?union={ids.CountyUnion}&from=2026-01&to=2026-12", "emeishan"),
    ];

    /// <summary>The public read paths a worker's phone asks for most (issue 9: home, menu, menu item, site search, nearest sites, site page), API and page.</summary>
    public static IReadOnlyList<ReadPath> Public(ReadIds ids) =>
    [
        new(Floor, "/health/live", null, Floor),
        new("home (HTML)", "/", null),
        new("menu (API)", $"/api/menu?union={ids.CityUnion}&page=1&pageSize=20", null),
        new("menu (HTML)", "/menu", null),
        new("menu item (HTML)", $"/menu/items/{ids.MenuItem}", null),
        new("site search (API)", "/api/sites?q=驿站&page=1&pageSize=20", null),
        new("site search (HTML)", "/sites?q=驿站", null),
        new("nearest sites (API)", $"/api/sites?near={ids.Near}&pageSize=10", null),
        new("nearest sites (HTML)", $"/sites?near={ids.Near}", null),
        new("site page (API)", $"/api/sites/{ids.Site}", null),
        new("site page (HTML)", $"/sites/{ids.Site}", null),
    ];
}
