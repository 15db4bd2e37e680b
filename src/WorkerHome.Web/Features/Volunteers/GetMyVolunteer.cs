using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

/// <summary>The signed-in person's own volunteer record: status, staff's note and this year's hours.</summary>
public sealed class GetMyVolunteer(AppDbContext db, CurrentUser current, VolunteerDetails details)
{
    public async Task<Outcome<VolunteerDetail>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var id = await db.Volunteers.Where(v => v.UserId == userId).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        return id is null ? VolunteersProblems.NotRegistered : await details.LoadAsync(id.Value, ct);
    }
}
