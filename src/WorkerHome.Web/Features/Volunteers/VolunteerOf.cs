using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Volunteers;

/// <summary>Which volunteer a signed-in person is, for the rooms that act on a volunteer's behalf.</summary>
public static class VolunteerOf
{
    /// <summary>The id of the person's volunteer record if it is verified, else null.</summary>
    public static Task<int?> VerifiedIdAsync(AppDbContext db, Guid userId, CancellationToken ct) =>
        db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId && v.Status == VolunteerStatus.Verified)
            .Select(v => (int?)v.Id)
            .FirstOrDefaultAsync(ct);
}
