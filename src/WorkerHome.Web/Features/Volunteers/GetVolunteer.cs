using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Volunteers;

/// <summary>Staff read one volunteer of their subtree; any other is "not found", so nothing outside leaks.</summary>
public sealed class GetVolunteer(AppDbContext db, DataScope scope, VolunteerDetails details)
{
    public async Task<Outcome<VolunteerDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var unionId = await db.Volunteers.Where(v => v.Id == id).Select(v => (int?)v.UnionId).FirstOrDefaultAsync(ct);
        if (unionId is null || !await scope.CoversUnionAsync(unionId.Value, ct))
        {
            return VolunteersProblems.NotFound;
        }
        return await details.LoadAsync(id, ct);
    }
}
