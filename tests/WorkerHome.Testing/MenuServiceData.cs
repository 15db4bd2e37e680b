using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;

namespace WorkerHome.Testing;

/// <summary>Published menus, items and sessions made directly in the database, for tests of the rooms that use them.</summary>
public static class MenuServiceData
{
    public static async Task<MenuItem> PublishedItemAsync(this TestApp app, string union = "西固区总工会", int classSize = 20,
        MenuStatus status = MenuStatus.Published, DeliveryChannel channel = DeliveryChannel.Offline)
    {
        ArgumentNullException.ThrowIfNull(app);
        var unionId = await app.UnionIdAsync(union);
        return await app.DbAsync(async db =>
        {
            var menu = new ServiceMenu
            {
                UnionId = unionId,
                Title = "测试菜单 " + Guid.NewGuid().ToString("N")[..6],
                PeriodStart = new DateOnly(2026, 12, 1),
                PeriodEnd = new DateOnly(2027, 1, 31),
                Status = status,
                PublishedAt = status == MenuStatus.Draft ? null : TestApp.Now,
                CreatedAt = TestApp.Now,
            };
            db.Menus.Add(menu);
            await db.SaveChangesAsync();
            var item = new MenuItem
            {
                MenuId = menu.Id,
                UnionId = unionId,
                Title = "测试讲座 " + Guid.NewGuid().ToString("N")[..6],
                Category = NeedCategory.LegalAid,
                Mode = ServiceMode.Lecture,
                Scale = DeliveryScale.Centralised,
                Channel = channel,
                ProviderType = ProviderType.Volunteer,
                ClassSize = classSize,
                CreatedAt = TestApp.Now,
            };
            db.MenuItems.Add(item);
            await db.SaveChangesAsync();
            return item;
        });
    }

    /// <summary>A session of the item at a Xigu community site, starting <paramref name="startsIn"/> from the fixed clock.</summary>
    public static async Task<Session> SessionAsync(this TestApp app, MenuItem item, int capacity = 20, TimeSpan? startsIn = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(item);
        var siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家");
        return await app.DbAsync(async db =>
        {
            var startsAt = TestApp.Now + (startsIn ?? TimeSpan.FromDays(3));
            var session = new Session
            {
                MenuItemId = item.Id,
                UnionId = item.UnionId,
                StartsAt = startsAt,
                EndsAt = startsAt.AddMinutes(90),
                SiteId = siteId,
                Capacity = capacity,
                Version = 1,
                CreatedAt = TestApp.Now,
            };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });
    }

    public static Task<Session> ReloadAsync(this TestApp app, Session session) =>
        app.DbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id));
}
