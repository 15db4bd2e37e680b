using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Orders;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sessions;

/// <summary>What staff may change on a scheduled session.</summary>
public sealed record SessionChange
{
    /// <summary>New number of seats; never below the seats already confirmed. Raising it confirms waiting workers.</summary>
    [Range(1, 1000, ErrorMessage = "名额应在 1 到 1000 之间")]
    public int? Capacity { get; set; }

    /// <summary>Room or meeting point.</summary>
    [StringLength(100, ErrorMessage = "地点说明不能超过100个字")]
    public string? Place { get; set; }

    /// <summary>The version edited; a stale one is refused (409).</summary>
    [Required(ErrorMessage = "请提供版本号 version")]
    public int? Version { get; set; }
}

/// <summary>Staff change a session's seats or place; ordered workers are told of a new place.</summary>
public sealed class UpdateSession(AppDbContext db, DataScope scope, SeatKeeper seats, Notifier notifier, GetSession get, TimeProvider time)
{
    public async Task<Outcome<SessionView>> HandleAsync(int id, SessionChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.UnionId }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return SessionsProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(found.UnionId, ct))
        {
            return SessionsProblems.OutOfScope;
        }
        if (change.Version is null)
        {
            return CommonProblems.Field("version", "请提供版本号 version");
        }
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            await OrderLocks.LockSessionAsync(db, id, token);
            var session = await db.Sessions.SingleAsync(s => s.Id == id, token);
            if (session.Version != change.Version)
            {
                return CommonProblems.StaleVersion;
            }
            if (session.Status == SessionStatus.Cancelled)
            {
                return SessionsProblems.AlreadyCancelled;
            }
            var now = time.GetUtcNow();
            if (session.StartsAt <= now)
            {
                return SessionsProblems.InThePast;
            }
            if (change.Capacity is { } capacity)
            {
                if (capacity < session.Confirmed)
                {
                    return SessionsProblems.CapacityBelowConfirmed.WithError("capacity", $"已有 {session.Confirmed} 人确认，名额不能少于此数");
                }
                session.Capacity = capacity;
            }
            var newPlace = string.IsNullOrWhiteSpace(change.Place) ? null : change.Place.Trim();
            var placeChanged = change.Place is not null && newPlace != session.Place;
            if (placeChanged)
            {
                session.Place = newPlace;
                var ordered = await db.Orders.Where(o => o.SessionId == id && o.Status != OrderStatus.Cancelled).Select(o => o.UserId).ToListAsync(token);
                var title = await db.MenuItems.Where(i => i.Id == session.MenuItemId).Select(i => i.Title).FirstAsync(token);
                notifier.Notify(ordered, "场次地点变更", $"《{title}》（{ChinaTime.FormatDateTime(session.StartsAt, now)}）改在：{newPlace ?? "原阵地"}", "/me/orders");
            }
            session.Version++;
            await db.SaveChangesAsync(token);
            await seats.FillFreeSeatsAsync(id, token);
            return Done.Value;
        }, ct);
        return outcome.Succeeded ? await get.HandleAsync(id, ct) : outcome.Problem;
    }
}
