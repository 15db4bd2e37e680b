using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;

namespace WorkerHome.Data.Seed;

/// <summary>
/// The demo: the union tree of Leshan and Xigu, the demo accounts and the demo site network. Every item is
/// looked up by its natural key before it is added, so running it again (or on a second node) adds nothing.
/// </summary>
internal sealed class DemoData(AppDbContext db, UserManager<AppUser> users, UserLookup lookup, TimeProvider time)
{
    public const string Password = "Demo@2026";

    /// <summary>The demo accounts, as the start-up banner and README list them.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Description)> Accounts =
    [
        ("admin", "系统管理员", "系统管理员（全部工会）"),
        ("leshan", "乐山市总工会 张敏", "乐山市总工会 工作人员（可说明原因后查看完整身份证号、手机号）"),
        ("emeishan", "峨眉山市总工会 李红", "峨眉山市总工会 工作人员"),
        ("jingyan", "井研县总工会 王强", "井研县总工会 工作人员"),
        ("suishan", "绥山镇总工会 周燕", "峨眉山市绥山镇总工会 工作人员（申报建设项目，不能自审）"),
        ("xigu", "西固区总工会 赵丽", "西固区总工会 工作人员"),
        ("volunteer.legal", "法律志愿者 陈律师", "西固区 法律志愿者（律师）"),
        ("volunteer.judge", "法律志愿者 邓法官", "西固区 法律志愿者（法官）"),
        ("volunteer.counsel", "心理志愿者 王老师", "西固区 心理咨询志愿者（有一单待答复）"),
        ("volunteer.new", "志愿者 刘培训师", "西固区 刚注册、待审核的培训师"),
        ("worker01", "职工01", "职工 worker01 … worker20"),
    ];

    private static readonly string[] LeshanCounties =
    [
        "511102:市中区总工会", "511111:沙湾区总工会", "511112:五通桥区总工会", "511113:金口河区总工会", "511123:犍为县总工会",
        "511124:井研县总工会", "511126:夹江县总工会", "511129:沐川县总工会", "511132:峨边彝族自治县总工会",
        "511133:马边彝族自治县总工会", "511181:峨眉山市总工会",
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var national = await UnionAsync(null, "中华全国总工会", UnionLevel.National, null, ct);
        var sichuan = await UnionAsync(national, "四川省总工会", UnionLevel.Province, "510000", ct);
        var leshan = await UnionAsync(sichuan, "乐山市总工会", UnionLevel.City, "511100", ct);
        var counties = new Dictionary<string, Union>(StringComparer.Ordinal);
        var order = 0;
        foreach (var entry in LeshanCounties)
        {
            var (code, name) = (entry[..6], entry[7..]);
            counties[code] = await UnionAsync(leshan, name, UnionLevel.County, code, ct, order += 10);
        }
        var gansu = await UnionAsync(national, "甘肃省总工会", UnionLevel.Province, "620000", ct, 20);
        var lanzhou = await UnionAsync(gansu, "兰州市总工会", UnionLevel.City, "620100", ct);
        counties["620104"] = await UnionAsync(lanzhou, "西固区总工会", UnionLevel.County, "620104", ct);

        var unionsByName = new Dictionary<string, Union>(StringComparer.Ordinal) { [leshan.Name] = leshan, [counties["620104"].Name] = counties["620104"] };
        var areaIds = await db.FunctionAreas.ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.Ordinal, ct);
        foreach (var spec in DemoSites.All)
        {
            var union = counties[spec.Township[..6]];
            foreach (var link in spec.UnionChain)
            {
                union = link.StartsWith('@')
                    ? unionsByName[link[1..]]
                    : await UnionAsync(union, link, link.EndsWith("总工会", StringComparison.Ordinal) ? UnionLevel.Township : UnionLevel.Grassroots, spec.Township, ct);
            }
            if (await db.Sites.AnyAsync(s => s.UnionId == union.Id && s.Name == spec.Name, ct))
            {
                continue;
            }
            db.Sites.Add(new Site
            {
                Name = spec.Name,
                Form = spec.Form,
                Rating = spec.Rating,
                Status = spec.Status,
                HostOrganization = spec.Host,
                UnionId = union.Id,
                RegionCode = spec.Township,
                Address = spec.Address,
                Latitude = spec.Latitude,
                Longitude = spec.Longitude,
                Description = spec.Description,
                ContactName = spec.Contact?.Name ?? spec.Host,
                ContactPhone = spec.Contact?.Phone,
                HostProject = spec.Project?.Name,
                ValidFrom = spec.Project?.From,
                ValidTo = spec.Project?.To,
                FunctionAreaIds = spec.Areas.Select(a => areaIds[a]).Order().ToList(),
                Amenities = DemoSites.AmenitiesOf(spec),
                OpeningHours = spec.Hours.Select(h => new OpeningPeriod { Day = h.Day, OpensAt = h.Opens, ClosesAt = h.Closes }).ToList(),
                SpecialDays = ChineseHolidayClosures(spec.Form),
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
            });
            await db.SaveChangesAsync(ct);
        }

        var xigu = counties["620104"];
        await UserAsync("admin", "系统管理员", null, Role.SystemAdmin, null, ct);
        await UserAsync("leshan", "乐山市总工会 张敏", "13908330001", Role.Staff, leshan, ct, Role.PrivacyReader);
        await UserAsync("emeishan", "峨眉山市总工会 李红", "13908330002", Role.Staff, counties["511181"], ct);
        await UserAsync("jingyan", "井研县总工会 王强", "13908330003", Role.Staff, counties["511124"], ct);
        await UserAsync("xigu", "西固区总工会 赵丽", "13909310001", Role.Staff, xigu, ct);
        var suishan = await db.Unions.SingleAsync(u => u.ParentId == counties["511181"].Id && u.Name == "绥山镇总工会", ct);
        await UserAsync("suishan", "绥山镇总工会 周燕", "13908330004", Role.Staff, suishan, ct);
        await UserAsync("volunteer.legal", "法律志愿者 陈律师", "13909310002", Role.Volunteer, xigu, ct);
        await UserAsync("volunteer.judge", "法律志愿者 邓法官", "13909310003", Role.Volunteer, xigu, ct);
        await UserAsync("volunteer.counsel", "心理志愿者 王老师", "13909310004", Role.Volunteer, xigu, ct);
        await UserAsync("volunteer.new", "志愿者 刘培训师", "13909310005", Role.Worker, xigu, ct);
        var homes = await db.Unions.Where(u => u.Level == UnionLevel.Grassroots).OrderBy(u => u.Id).ToListAsync(ct);
        for (var i = 1; i <= 20; i++)
        {
            var home = i <= 10
                ? homes.Where(u => u.Path.StartsWith(leshan.Path, StringComparison.Ordinal)).ElementAtOrDefault(i % 5) ?? leshan
                : homes.Where(u => u.Path.StartsWith(xigu.Path, StringComparison.Ordinal)).ElementAtOrDefault(i % 3) ?? xigu;
            await UserAsync($"worker{i:00}", $"职工{i:00}", $"199000000{i:00}", Role.Worker, home, ct);
        }
    }

    /// <summary>Community sites close on the Spring Festival eve and day; the demo shows exceptions working.</summary>
    private static List<SpecialDay> ChineseHolidayClosures(SiteForm form) => form == SiteForm.Mobile
        ? []
        :
        [
            new() { Date = new DateOnly(2027, 2, 5), Closed = true, Note = "除夕" },
            new() { Date = new DateOnly(2027, 2, 6), Closed = true, Note = "春节" },
        ];

    private async Task<Union> UnionAsync(Union? parent, string name, UnionLevel level, string? region, CancellationToken ct, int sortOrder = 0)
    {
        var existing = await db.Unions.FirstOrDefaultAsync(u => u.ParentId == (parent == null ? null : parent.Id) && u.Name == name, ct);
        if (existing is not null)
        {
            return existing;
        }
        var union = new Union
        {
            Name = name, Level = level, ParentId = parent?.Id, RegionCode = region, SortOrder = sortOrder, CreatedAt = time.GetUtcNow(), Path = "/new/",
        };
        db.Unions.Add(union);
        await db.SaveChangesAsync(ct);
        union.PlaceUnder(parent);
        await db.SaveChangesAsync(ct);
        return union;
    }

    private async Task UserAsync(string userName, string displayName, string? phone, Role role, Union? union, CancellationToken ct, Role? alsoOnUnion = null)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }
        var now = time.GetUtcNow();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            DisplayName = displayName,
            HomeUnionId = union?.Id,
            CreatedAt = now,
        };
        if (phone is not null)
        {
            lookup.SetPhone(user, phone);
        }
        user.Grants.Add(new RoleGrant { Role = Role.Worker, GrantedAt = now });
        if (role != Role.Worker)
        {
            user.Grants.Add(new RoleGrant { Role = role, UnionId = role == Role.SystemAdmin ? null : union?.Id, GrantedAt = now });
        }
        if (alsoOnUnion is { } extra)
        {
            // leshan also holds 敏感信息查阅 on the city: it may see ID numbers and phones in full, with a reason.
            user.Grants.Add(new RoleGrant { Role = extra, UnionId = union?.Id, GrantedAt = now });
        }
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
