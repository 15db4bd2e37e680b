using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Attendance;

/// <summary>Sessions placed around the fixed clock, orders and check-ins written straight into the database.</summary>
internal static class AttendanceData
{
    /// <summary>A Xigu session starting <paramref name="startsIn"/> from the fixed clock (default: in 10 minutes, so check-in is open).</summary>
    public static async Task<Session> SessionAtAsync(this TestApp app, TimeSpan? startsIn = null, bool online = false)
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 10, startsIn: startsIn ?? TimeSpan.FromMinutes(10));
        if (online)
        {
            await app.DbAsync(db => db.Sessions.Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SiteId, (int?)null).SetProperty(x => x.OnlineUrl, "https://meeting.example.cn/j/" + session.Id)));
        }
        return await app.ReloadAsync(session);
    }

    public static async Task<int> ConfirmAsync(this TestApp app, Session session, TestWorker worker, OrderStatus status = OrderStatus.Confirmed) =>
        await app.DbAsync(async db =>
        {
            var order = new Order
            {
                SessionId = session.Id,
                MenuItemId = session.MenuItemId,
                UserId = worker.Id,
                Status = status,
                WaitlistTicket = status == OrderStatus.Waitlisted ? 1 : null,
                CreatedAt = TestApp.Now.AddDays(-1),
                ConfirmedAt = status == OrderStatus.Confirmed ? TestApp.Now.AddDays(-1) : null,
            };
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            if (status == OrderStatus.Confirmed)
            {
                await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, x => x.Confirmed + 1));
            }
            return order.Id;
        });

    public static Task<List<CheckIn>> CheckInsAsync(this TestApp app, Session session) =>
        app.DbAsync(db => db.CheckIns.AsNoTracking().Where(c => c.SessionId == session.Id).ToListAsync());

    public static Task AssignAsync(this TestApp app, Session session, TestVolunteer volunteer) =>
        app.DbAsync(db => db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, volunteer.Id)));

    public static CheckInTokens Tokens(this TestApp app) => app.Factory.Services.GetRequiredService<CheckInTokens>();

    /// <summary>Gives the worker a unique mobile number the way registration stores it (cipher, keyed hash, mask).</summary>
    public static async Task<string> GivePhoneAsync(this TestApp app, TestWorker worker)
    {
        var phone = "139" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == worker.Id);
        scope.ServiceProvider.GetRequiredService<UserLookup>().SetPhone(user, phone);
        await db.SaveChangesAsync();
        return phone;
    }

    public static async Task<Guid> UserIdAsync(this TestApp app, string userName) =>
        await app.DbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
