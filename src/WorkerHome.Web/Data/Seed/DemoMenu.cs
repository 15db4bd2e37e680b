using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Xigu's menu service as a demo shows it: workers' needs (approved and grouped), this month's 工会讲堂 menu built
/// from them, upcoming small-class sessions at Xigu sites and a few orders, one of them on a waiting list. Dates
/// are relative to the day the demo is first seeded, so a fresh demo always has something to order.
/// </summary>
internal sealed class DemoMenu(AppDbContext db, TimeProvider time)
{
    private const string MenuTitlePrefix = "西固区工会讲堂";

    private static readonly (NeedCategory Category, string Group, string[] Needs, string Item, ServiceMode Mode, int ClassSize, int Weekday)[] Plan =
    [
        (NeedCategory.LegalAid, "劳动合同与工资维权", ["想了解劳动合同到期不续签有没有补偿", "加班费怎么算？希望有律师讲一讲"],
            "劳动合同与工资维权小课堂", ServiceMode.Lecture, 20, 2),
        (NeedCategory.Psychology, "工作压力与情绪疏导", ["倒班时间长压力大，想听心理减压的课", "希望有心理咨询师教教怎么调节情绪"],
            "职工心理减压工作坊", ServiceMode.Lecture, 12, 4),
        (NeedCategory.SkillsTraining, "短视频拍摄剪辑", ["想学用手机拍短视频、剪辑，给厂里做宣传"],
            "手机短视频拍摄与剪辑", ServiceMode.Lecture, 2, 6),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var xigu = await db.Unions.SingleAsync(u => u.Name == "西固区总工会", ct);
        if (await db.Menus.AnyAsync(m => m.UnionId == xigu.Id && m.Title.StartsWith(MenuTitlePrefix), ct))
        {
            return;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var sites = await db.Sites.Where(s => db.Unions.Any(u => u.Id == s.UnionId && u.Path.StartsWith(xigu.Path))).OrderBy(s => s.Id).Take(3).ToListAsync(ct);
        var workers = await db.Users.Where(u => u.UserName!.StartsWith("worker") && u.HomeUnionId != null
                && db.Unions.Any(x => x.Id == u.HomeUnionId && x.Path.StartsWith(xigu.Path)))
            .OrderBy(u => u.UserName).Select(u => u.Id).ToListAsync(ct);
        if (sites.Count == 0 || workers.Count < 4)
        {
            return;
        }

        var menu = new ServiceMenu
        {
            UnionId = xigu.Id,
            Title = $"{MenuTitlePrefix} {today.Year}年{today.Month}月",
            PeriodStart = today,
            PeriodEnd = today.AddDays(45),
            Status = MenuStatus.Published,
            PublishedAt = now,
            CreatedAt = now,
        };
        db.Menus.Add(menu);
        await db.SaveChangesAsync(ct);

        var author = 0;
        for (var i = 0; i < Plan.Length; i++)
        {
            var spec = Plan[i];
            var group = new NeedGroup { UnionId = xigu.Id, Category = spec.Category, Title = spec.Group, TitleSetByStaff = true, CreatedAt = now.AddDays(-10) };
            db.NeedGroups.Add(group);
            await db.SaveChangesAsync(ct);
            var needs = spec.Needs.Select(text => new Need
            {
                UserId = workers[author++ % workers.Count],
                UnionId = xigu.Id,
                Category = spec.Category,
                Text = text,
                PreferredTimes = PreferredTimes.WeekdayEvening,
                Channel = DeliveryChannel.Offline,
                Status = NeedStatus.OnMenu,
                Moderation = ModerationStatus.Approved,
                GroupId = group.Id,
                MeTooCount = 3 + i,
                CreatedAt = now.AddDays(-12 + i),
            }).ToList();
            db.Needs.AddRange(needs);
            var item = new MenuItem
            {
                MenuId = menu.Id,
                UnionId = xigu.Id,
                Title = spec.Item,
                Category = spec.Category,
                Description = $"根据职工提出的“{spec.Group}”需求开设，小班授课，课后可以留言评价。",
                Mode = spec.Mode,
                Scale = DeliveryScale.Centralised,
                Channel = DeliveryChannel.Offline,
                ProviderType = spec.Category == NeedCategory.LegalAid ? ProviderType.Volunteer : ProviderType.Partner,
                ClassSize = spec.ClassSize,
                GroupId = group.Id,
                CreatedAt = now,
            };
            db.MenuItems.Add(item);
            await db.SaveChangesAsync(ct);
            db.MenuItemNeeds.AddRange(needs.Select(n => new MenuItemNeed { MenuItemId = item.Id, NeedId = n.Id }));

            var site = sites[i % sites.Count];
            for (var week = 0; week < 2; week++)
            {
                var date = NextWeekday(today.AddDays(2), spec.Weekday).AddDays(7 * week);
                var startsAt = ChinaTime.FromLocal(date, new TimeOnly(19, 0));
                db.Sessions.Add(new Session
                {
                    MenuItemId = item.Id,
                    UnionId = xigu.Id,
                    StartsAt = startsAt,
                    EndsAt = startsAt.AddMinutes(90),
                    SiteId = site.Id,
                    Place = "职工书屋",
                    Capacity = spec.ClassSize,
                    Version = 1,
                    CreatedAt = now,
                });
            }
            await db.SaveChangesAsync(ct);
        }

        // The small skills class is full: two seats taken and one worker waiting, so the waiting list shows.
        var full = await db.Sessions.Where(s => s.MenuItemId == db.MenuItems.Where(m => m.MenuId == menu.Id && m.ClassSize == 2).Select(m => m.Id).First())
            .OrderBy(s => s.StartsAt).FirstAsync(ct);
        for (var i = 0; i < 3; i++)
        {
            var confirmed = i < full.Capacity;
            db.Orders.Add(new Order
            {
                SessionId = full.Id,
                MenuItemId = full.MenuItemId,
                UserId = workers[workers.Count - 1 - i],
                Status = confirmed ? OrderStatus.Confirmed : OrderStatus.Waitlisted,
                ConfirmedAt = confirmed ? now : null,
                WaitlistTicket = confirmed ? null : 1,
                CreatedAt = now,
            });
        }
        full.Confirmed = full.Capacity;
        full.WaitlistTickets = 1;
        await db.SaveChangesAsync(ct);
    }

    private static DateOnly NextWeekday(DateOnly from, int weekday)
    {
        var current = from.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)from.DayOfWeek;
        return from.AddDays((weekday - current + 7) % 7);
    }
}
