using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>A mother taps "我已离开": her place is given back at once.</summary>
public sealed class LeaveNursingRoom(AppDbContext db, CurrentUser user, GetNursingRoom get, TimeProvider time)
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
        var now = time.GetUtcNow();
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            await NursingPlaces.GiveBackExpiredAsync(db, id, now, token);
            var left = await db.NursingRoomUses.Where(u => u.RoomId == id && u.UserId == userId && u.ReleasedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReleasedAt, now), token);
            if (left == 0)
            {
                return ChildCareProblems.NotUsingNursingRoom;
            }
            await db.NursingRooms.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.InUse, r => r.InUse - left), token);
            return Done.Value;
        }, ct);
        return outcome.Succeeded ? await get.HandleAsync(id, ct) : outcome.Problem;
    }
}
