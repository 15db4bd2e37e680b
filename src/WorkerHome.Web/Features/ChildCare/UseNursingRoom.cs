using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// A mother taps "我在使用": she takes a place for a while (ChildCare:NursingUseMinutes). Uses that ran out give
/// their places back first, then the room's count is raised by one conditional statement, all in one transaction, so
/// the places are never over-taken. Tapping again while using only answers with the current state.
/// </summary>
public sealed class UseNursingRoom(AppDbContext db, CurrentUser user, GetNursingRoom get, TimeProvider time, IOptions<ChildCareOptions> options)
{
    public async Task<Outcome<NursingRoomView>> HandleAsync(int id, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var current = await get.HandleAsync(id, ct);
        if (!current.Succeeded)
        {
            return current.Problem;
        }
        if (current.Value.MyUseEndsAt is not null)
        {
            return current.Value;
        }
        if (!current.Value.OpenNow)
        {
            return ChildCareProblems.NursingRoomClosed;
        }
        var now = time.GetUtcNow();
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            await NursingPlaces.GiveBackExpiredAsync(db, id, now, token);
            var taken = await db.NursingRooms.Where(r => r.Id == id && r.Active && r.InUse < r.Places)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.InUse, r => r.InUse + 1), token);
            if (taken == 0)
            {
                return ChildCareProblems.NursingRoomFull;
            }
            db.NursingRoomUses.Add(new NursingRoomUse
            {
                RoomId = id, UserId = userId, StartedAt = now, EndsAt = now.AddMinutes(options.Value.NursingUseMinutes),
            });
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                return CommonProblems.Conflict.WithDetail("您已在使用该妈咪宝贝屋");
            }
            return Done.Value;
        }, ct);
        return outcome.Succeeded ? await get.HandleAsync(id, ct) : outcome.Problem;
    }
}

/// <summary>Gives back the places of uses that ran out. Called inside the transaction that takes or frees a place.</summary>
internal static class NursingPlaces
{
    public static async Task GiveBackExpiredAsync(AppDbContext db, int roomId, DateTimeOffset now, CancellationToken ct)
    {
        // Concurrent callers block on the same rows and re-check ReleasedAt, so each expired use is given back once.
        var expired = await db.NursingRoomUses.Where(u => u.RoomId == roomId && u.ReleasedAt == null && u.EndsAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReleasedAt, u => (DateTimeOffset?)u.EndsAt), ct);
        if (expired > 0)
        {
            await db.NursingRooms.Where(r => r.Id == roomId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.InUse, r => r.InUse - expired), ct);
        }
    }
}
