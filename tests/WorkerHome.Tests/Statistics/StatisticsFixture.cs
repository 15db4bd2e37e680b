using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Aid;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Orders;
using WorkerHome.Features.RightsCases;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Statistics;

/// <summary>
/// A city of its own (统计测试市, no region code) with counties A and B and a grassroots union under A, and a small,
/// hand-counted set of records in October and November 2026 (see the expected numbers in the tests). Built once per app.
/// </summary>
public sealed record StatisticsFixture(int City, int CountyA, int CountyB, int Grassroots, string CityName, int SiteShared, int SiteEnterprise)
{
    private static readonly ConditionalWeakTable<TestApp, Task<StatisticsFixture>> Built = new();
    private static readonly Lock Gate = new();

    public static Task<StatisticsFixture> OfAsync(TestApp app)
    {
        lock (Gate)
        {
            if (!Built.TryGetValue(app, out var task))
            {
                task = BuildAsync(app);
                Built.Add(app, task);
            }
            return task;
        }
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => ChinaTime.FromLocal(new DateOnly(2026, month, day), new TimeOnly(hour, minute));

    private static async Task<StatisticsFixture> BuildAsync(TestApp app)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var workers = await app.CreateAsync(4, "stat");
        var (w1, w2, w3, w4) = (workers[0].Id, workers[1].Id, workers[2].Id, workers[3].Id);
        var province = await app.DbAsync(db => db.Unions.Where(u => u.Name == "乐山市总工会").Select(u => u.ParentId!.Value).SingleAsync());
        var cityName = "统计测试市总工会" + tag;
        var unions = await app.DbAsync(async db =>
        {
            var parent = await db.Unions.SingleAsync(u => u.Id == province);
            var city = new Union { Name = cityName, Level = UnionLevel.City, CreatedAt = TestApp.Now };
            var a = new Union { Name = "统计测试甲县总工会" + tag, Level = UnionLevel.County, CreatedAt = TestApp.Now };
            var b = new Union { Name = "统计测试乙县总工会" + tag, Level = UnionLevel.County, SortOrder = 1, CreatedAt = TestApp.Now };
            var g = new Union { Name = "统计测试甲县某厂工会" + tag, Level = UnionLevel.Grassroots, CreatedAt = TestApp.Now };
            db.Unions.AddRange(city, a, b, g);
            await db.SaveChangesAsync();
            city.PlaceUnder(parent);
            a.PlaceUnder(city);
            b.PlaceUnder(city);
            g.PlaceUnder(a);
            await db.SaveChangesAsync();
            return (City: city.Id, A: a.Id, B: b.Id, G: g.Id);
        });
        var volunteer = (await app.CreateVerifiedAsync(unions.A))[0].Id;
        return await app.DbAsync(async db =>
        {
            Site NewSite(string name, SiteForm form, SiteRating rating, SiteStatus status, int union) => new()
            {
                Name = name + tag, Form = form, Rating = rating, Status = status, HostOrganization = "测试", UnionId = union, RegionCode = "511181100",
                Address = "测试路", Latitude = 29.6, Longitude = 103.5, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
            };
            var s1 = NewSite("统计共享阵地", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, unions.A);
            var s2 = NewSite("统计主体阵地", SiteForm.Enterprise, SiteRating.County, SiteStatus.Operating, unions.G);
            var s3 = NewSite("统计流动阵地", SiteForm.Mobile, SiteRating.County, SiteStatus.Suspended, unions.B);
            var s4 = NewSite("统计已删阵地", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, unions.B);
            s4.DeletedAt = TestApp.Now;
            db.Sites.AddRange(s1, s2, s3, s4);

            var menu = new ServiceMenu { UnionId = unions.A, Title = "统计菜单", PeriodStart = new(2026, 10, 1), PeriodEnd = new(2026, 12, 31), Status = MenuStatus.Published,
                PublishedAt = At(10, 5, 9), CreatedAt = At(10, 1, 9) };
            var draft = new ServiceMenu { UnionId = unions.B, Title = "统计草稿菜单", PeriodStart = new(2026, 10, 1), PeriodEnd = new(2026, 12, 31), Status = MenuStatus.Draft,
                CreatedAt = At(10, 1, 9) };
            db.Menus.AddRange(menu, draft);
            await db.SaveChangesAsync();
            var i1 = new MenuItem { MenuId = menu.Id, UnionId = unions.A, Title = "统计课程甲", CreatedAt = At(10, 1, 9) };
            var i2 = new MenuItem { MenuId = menu.Id, UnionId = unions.G, Title = "统计课程乙", CreatedAt = At(10, 1, 9) };
            var i3 = new MenuItem { MenuId = draft.Id, UnionId = unions.B, Title = "统计草稿课程", CreatedAt = At(10, 1, 9) };
            db.MenuItems.AddRange(i1, i2, i3);

            Need NewNeed(int union, DateTimeOffset at) => new() { UserId = w1, UnionId = union, Text = "统计需求", CreatedAt = at };
            Need[] needs = [NewNeed(unions.A, At(10, 2, 10)), NewNeed(unions.A, At(10, 31, 23, 30)), NewNeed(unions.B, At(11, 1, 0, 30)), NewNeed(unions.A, At(9, 30, 23))];
            db.Needs.AddRange(needs);
            await db.SaveChangesAsync();
            foreach (var n in needs)
            {
                await new StatisticsTallies(db).NeedReceivedAsync(n.UnionId, n.CreatedAt, default);
            }

            Session NewSession(MenuItem item, int union, int? site, DateTimeOffset start, int minutes) => new()
            {
                MenuItemId = item.Id, UnionId = union, SiteId = site, OnlineUrl = site is null ? "https://meeting.example/stat" : null,
                StartsAt = start, EndsAt = start.AddMinutes(minutes), Capacity = 20, CreatedAt = At(10, 1, 9),
            };
            var x1 = NewSession(i1, unions.A, s1.Id, At(10, 10, 9), 120);
            x1.VolunteerId = volunteer;
            var x2 = NewSession(i2, unions.G, s2.Id, At(11, 3, 14), 90);
            var x3 = NewSession(i1, unions.A, s1.Id, At(10, 20, 9), 60);
            x3.Status = SessionStatus.Cancelled;
            var x4 = NewSession(i3, unions.B, null, At(11, 15, 19), 60);
            // The seat counters as the order guard keeps them: the confirmed orders below.
            (x1.Confirmed, x2.Confirmed, x3.Confirmed, x4.Confirmed) = (3, 1, 1, 1);
            db.Sessions.AddRange(x1, x2, x3, x4);
            await db.SaveChangesAsync();

            Order NewOrder(Session s, Guid user, OrderStatus status = OrderStatus.Confirmed) => new()
            {
                SessionId = s.Id, MenuItemId = s.MenuItemId, UserId = user, Status = status, CreatedAt = At(10, 6, 9),
                ConfirmedAt = At(10, 6, 9), CancelledAt = status == OrderStatus.Cancelled ? At(10, 7, 9) : null,
            };
            var o11 = NewOrder(x1, w1);
            var o12 = NewOrder(x1, w2);
            var o21 = NewOrder(x2, w1);
            db.Orders.AddRange(o11, o12, NewOrder(x1, w3), NewOrder(x1, w4, OrderStatus.Cancelled), o21, NewOrder(x4, w2), NewOrder(x3, w3));
            await db.SaveChangesAsync();

            CheckIn NewCheckIn(Session s, Guid user, Order? order) => new()
            {
                SessionId = s.Id, UserId = user, OrderId = order?.Id, IsWalkIn = order is null, Method = CheckInMethod.QrCode, CheckedInAt = s.StartsAt,
            };
            CheckIn[] checkIns = [NewCheckIn(x1, w1, o11), NewCheckIn(x1, w2, o12), NewCheckIn(x1, w4, null), NewCheckIn(x2, w1, o21)];
            db.CheckIns.AddRange(checkIns);

            SessionFeedback NewFeedback(Session s, Guid user, int content, int provider, int? venue) => new()
            {
                SessionId = s.Id, UserId = user, MenuItemId = s.MenuItemId, UnionId = s.UnionId, SiteId = s.SiteId, ContentStars = content,
                ProviderStars = provider, VenueStars = venue, IsLow = Satisfaction.IsLow(content, provider, venue), CreatedAt = s.EndsAt,
            };
            SessionFeedback[] feedback = [NewFeedback(x1, w1, 5, 4, 3), NewFeedback(x1, w2, 2, 5, null), NewFeedback(x2, w1, 4, 4, 4)];
            db.Feedback.AddRange(feedback);
            await db.SaveChangesAsync();
            // The statistics' counters, moved by the same calls the check-in and feedback paths make.
            var tallies = new StatisticsTallies(db);
            foreach (var c in checkIns)
            {
                await tallies.CheckedInAsync(c.SessionId, c.UserId, attended: c.OrderId is not null, default);
            }
            foreach (var f in feedback)
            {
                await tallies.FeedbackGivenAsync(f, default);
            }

            RightsCase NewCase(int union, DateTimeOffset submitted, bool closed)
            {
                var serial = Random.Shared.Next(100_000, 999_999);
                return new()
                {
                    Number = "TJ" + tag + serial, Year = 2026, Serial = serial, PersonName = "测试", PhoneCipher = "x", PhoneMasked = "139****0000",
                    EmployerName = "测试公司", Description = "统计测试用的维权诉求内容", UnionId = union, ConsentAt = submitted, SubmittedAt = submitted,
                    Status = closed ? RightsCaseStatus.Closed : RightsCaseStatus.InProgress, Outcome = closed ? RightsOutcome.Mediated : null,
                    ClosedAt = closed ? At(11, 2, 10) : null,
                };
            }
            db.RightsCases.AddRange(NewCase(unions.G, At(10, 8, 10), closed: true), NewCase(unions.B, At(9, 8, 10), closed: false));

            AidApplication NewAid(int union, DateTimeOffset submitted, AidStatus status) => new()
            {
                UnionId = union, CountyUnionId = union, CityUnionId = unions.City, RealName = "测试", IdCipher = "x", IdLookup = "stat" + Guid.NewGuid().ToString("N"),
                IdMasked = "5111**********0000", PhoneCipher = "x", PhoneMasked = "139****0000", HouseholdSize = 3, HouseholdCipher = "x", IncomeCipher = "x",
                CauseDescription = "统计测试", RequestedFen = 500_000, ConsentAt = submitted, ConsentVersion = "1", Year = 2026, Status = status, SubmittedAt = submitted,
                ApprovedFen = status == AidStatus.Paid ? 300_000 : null, PaidFen = status == AidStatus.Paid ? 300_000 : null,
                PaidOn = status == AidStatus.Paid ? new DateOnly(2026, 11, 20) : null,
            };
            db.AidApplications.AddRange(NewAid(unions.A, At(10, 12, 10), AidStatus.Paid), NewAid(unions.B, At(11, 1, 10), AidStatus.Rejected));
            await db.SaveChangesAsync();
            return new StatisticsFixture(unions.City, unions.A, unions.B, unions.G, cityName, s1.Id, s2.Id);
        });
    }
}
