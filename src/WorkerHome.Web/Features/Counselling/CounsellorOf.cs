using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Features.Counselling;

/// <summary>A signed-in person as a counsellor: a verified volunteer qualified as 心理咨询师.</summary>
public sealed record Counsellor(int Id, Guid UserId, int UnionId, string UnionPath, string DisplayName);

public static class CounsellorOf
{
    public static IQueryable<Volunteer> Qualified(AppDbContext db) =>
        db.Volunteers.Where(v => v.Status == VolunteerStatus.Verified && v.Qualification == Qualification.Counsellor);

    public static Task<Counsellor?> FindAsync(AppDbContext db, Guid userId, CancellationToken ct) =>
        Qualified(db).AsNoTracking().Where(v => v.UserId == userId)
            .Select(v => new Counsellor(v.Id, v.UserId, v.UnionId,
                db.Unions.Where(u => u.Id == v.UnionId).Select(u => u.Path).First(),
                db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First()))
            .FirstOrDefaultAsync(ct);
}
