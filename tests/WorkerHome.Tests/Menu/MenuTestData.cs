using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Menu;

/// <summary>
/// Builds what the menu tests need: menus and items through the API, and (until the Needs, Sessions and Orders
/// rooms land) needs, groups, sessions and orders as rows. Each test gets its own records, often under a union of
/// its own, so parallel tests never see each other's data.
/// </summary>
internal static class MenuTestData
{
    /// <summary>The test clock's today: Wednesday 2 December 2026 in Beijing.</summary>
    public static readonly DateOnly Today = new(2026, 12, 2);

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static DateTimeOffset Beijing(int month, int day, int hour, int minute = 0, int year = 2026) =>
        ChinaTime.FromLocal(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static CreateMenuRequest MenuRequest(int unionId, string? title = null) => new()
    {
        UnionId = unionId,
        Title = title ?? Unique("西固区工会讲堂 2026年12月"),
        PeriodStart = new DateOnly(2026, 12, 1),
        PeriodEnd = new DateOnly(2026, 12, 31),
    };

    public static MenuItemInput Item(string? title = null, NeedCategory category = NeedCategory.LegalAid, int classSize = 20) => new()
    {
        Title = title ?? Unique("《民法典》婚姻家庭编讲座"),
        Category = category,
        Description = "法院志愿者讲解婚姻家庭编的常见问题。",
        Mode = ServiceMode.Lecture,
        Scale = DeliveryScale.Centralised,
        Channel = DeliveryChannel.Offline,
        ProviderType = ProviderType.Volunteer,
        TargetGroup = "社区职工",
        ClassSize = classSize,
    };

    public static async Task<ManagedMenu> CreateMenuAsync(this HttpClient staff, CreateMenuRequest request) =>
        await (await staff.PostJsonAsync("/api/menus", request)).ReadAsync<ManagedMenu>(HttpStatusCode.Created);

    public static async Task<ManagedMenuItem> AddItemAsync(this HttpClient staff, int menuId, MenuItemInput input) =>
        await (await staff.PostJsonAsync($"/api/menus/{menuId}/items", input)).ReadAsync<ManagedMenuItem>(HttpStatusCode.Created);

    public static async Task<PublishedMenu> PublishAsync(this HttpClient staff, int menuId) =>
        await (await staff.PostAsync($"/api/menus/{menuId}/publish", null)).ReadAsync<PublishedMenu>();

    /// <summary>A published menu of the union with one item; returns the menu and the item.</summary>
    public static async Task<(ManagedMenu Menu, ManagedMenuItem Item)> PublishedItemAsync(this TestApp app, int unionId, MenuItemInput? item = null)
    {
        using var staff = await app.As("xigu");
        var menu = await staff.CreateMenuAsync(MenuRequest(unionId));
        var added = await staff.AddItemAsync(menu.Id, item ?? Item());
        await staff.PublishAsync(menu.Id);
        return (menu, added);
    }

    /// <summary>A fresh union of its own under a Xigu union (so the xigu account covers it), for isolated lists.</summary>
    public static async Task<int> NewUnionAsync(this TestApp app, string parent = "西固区总工会") =>
        await app.NewUnionUnderAsync(await app.UnionIdAsync(parent));

    public static Task<int> NewUnionUnderAsync(this TestApp app, int parentId) =>
        app.DbAsync(async db =>
        {
            var above = await db.Unions.SingleAsync(u => u.Id == parentId);
            var union = new Union
            {
                Name = Unique("测试社区工会"), Level = UnionLevel.Grassroots, ParentId = above.Id, RegionCode = above.RegionCode,
                CreatedAt = TestApp.Now, Path = "/new/",
            };
            db.Unions.Add(union);
            await db.SaveChangesAsync();
            union.PlaceUnder(above);
            await db.SaveChangesAsync();
            return union.Id;
        });

    public static Task<Guid> UserIdAsync(this TestApp app, string userName) =>
        app.DbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Gives accounts a Staff grant on a union.</summary>
    public static Task GrantStaffAsync(this TestApp app, int unionId, IEnumerable<string> userNames) => app.DbAsync(async db =>
    {
        var names = userNames.ToList();
        var ids = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => u.Id).ToListAsync();
        db.RoleGrants.AddRange(ids.Select(id => new RoleGrant { UserId = id, Role = Role.Staff, UnionId = unionId, GrantedAt = TestApp.Now }));
        await db.SaveChangesAsync();
    });

    /// <summary>A need group with needs, each by an author with "me too" givers; as the Needs room would leave them.</summary>
    public static async Task<(int GroupId, IReadOnlyList<int> NeedIds)> GroupAsync(this TestApp app, int unionId,
        NeedCategory category, params NeedSpec[] needs)
    {
        var users = await app.DbAsync(db => db.Users.Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => u.Id));
        return await app.DbAsync(async db =>
        {
            var group = new NeedGroup { UnionId = unionId, Category = category, Title = Unique("劳动合同法律知识"), CreatedAt = TestApp.Now };
            db.NeedGroups.Add(group);
            await db.SaveChangesAsync();
            var rows = needs.Select(n => new Need
            {
                UserId = users[n.Author], UnionId = unionId, Category = category, Text = "希望开展劳动合同法讲座", Channel = DeliveryChannel.Offline,
                Status = n.Moderation == ModerationStatus.Approved ? NeedStatus.Grouped : NeedStatus.Submitted, Moderation = n.Moderation,
                GroupId = group.Id, MeTooCount = n.MeToo.Length, CreatedAt = TestApp.Now,
            }).ToList();
            db.Needs.AddRange(rows);
            await db.SaveChangesAsync();
            foreach (var (need, spec) in rows.Zip(needs))
            {
                db.NeedMeToos.AddRange(spec.MeToo.Select(name => new NeedMeToo { NeedId = need.Id, UserId = users[name], CreatedAt = TestApp.Now }));
            }
            await db.SaveChangesAsync();
            return (group.Id, (IReadOnlyList<int>)rows.Select(r => r.Id).ToList());
        });
    }

    /// <summary>A scheduled session of an item, at a demo site or online.</summary>
    public static async Task<int> SessionAsync(this TestApp app, int itemId, DateTimeOffset startsAt, int capacity = 20, int confirmed = 0,
        string? site = "西柳沟街道上坎社区职工之家", SessionStatus status = SessionStatus.Scheduled)
    {
        int? siteId = site is null ? null : await app.SiteIdAsync(site);
        return await app.DbAsync(async db =>
        {
            var unionId = await db.MenuItems.Where(i => i.Id == itemId).Select(i => i.UnionId).SingleAsync();
            var session = new Session
            {
                MenuItemId = itemId, UnionId = unionId, StartsAt = startsAt, EndsAt = startsAt.AddHours(2), SiteId = siteId,
                Place = siteId is null ? null : "二楼职工讲堂", OnlineUrl = siteId is null ? "https://meeting.example.cn/123" : null,
                Capacity = capacity, Confirmed = confirmed, Status = status, CreatedAt = TestApp.Now,
            };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
    }

    /// <summary>An order of a session, as the Orders room would write it.</summary>
    public static async Task OrderAsync(this TestApp app, int sessionId, string userName, OrderStatus status, int? ticket = null)
    {
        var userId = await app.UserIdAsync(userName);
        await app.DbAsync(async db =>
        {
            var itemId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.MenuItemId).SingleAsync();
            db.Orders.Add(new Order
            {
                SessionId = sessionId, MenuItemId = itemId, UserId = userId, Status = status, WaitlistTicket = ticket, CreatedAt = TestApp.Now,
            });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Inbox messages that link to a page, per recipient account.</summary>
    public static Task<Dictionary<string, int>> MessagesAsync(this TestApp app, string link) => app.DbAsync(db =>
        db.Notifications.Where(n => n.Link == link)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName!)
            .GroupBy(name => name)
            .ToDictionaryAsync(g => g.Key, g => g.Count()));
}

/// <summary>A need of a group: its author, who said "me too", and whether moderation approved it.</summary>
internal sealed record NeedSpec(string Author, string[] MeToo, ModerationStatus Moderation = ModerationStatus.Approved)
{
    public NeedSpec(string author, params string[] meToo) : this(author, meToo, ModerationStatus.Approved)
    {
    }
}
