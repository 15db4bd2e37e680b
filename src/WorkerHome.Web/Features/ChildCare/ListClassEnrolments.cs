using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.ChildCare;

/// <summary>A child on a class's lists as staff see it: the phone masked, whether there is a health note.</summary>
public sealed record ClassEnrolmentItem(int Id, string ChildName, DateOnly ChildBirthDate, int AgeOnFirstDay, string GuardianName,
    string GuardianPhoneMasked, bool HasHealthNotes, EnrolmentStatus Status, string StatusText, int? Position,
    DateTimeOffset CreatedAt, string? EndReason);

/// <summary>The class's enrolled children and waiting list, for the class's staff.</summary>
public sealed class ListClassEnrolments(AppDbContext db, CareAccess access)
{
    public async Task<Outcome<IReadOnlyList<ClassEnrolmentItem>>> HandleAsync(int classId, CancellationToken ct)
    {
        var care = await db.CareClasses.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.UnionId, c.FirstDay }).FirstOrDefaultAsync(ct);
        if (care is null || !await access.CoversAsync(care.UnionId, ct))
        {
            return ChildCareProblems.ClassNotFound;
        }
        var rows = await db.CareEnrolments.AsNoTracking().Where(e => e.ClassId == classId)
            .OrderBy(e => e.Status).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.ChildName, e.ChildBirthDate, e.GuardianPhoneMasked, HasNotes = e.HealthNotesCipher != null, e.Status, e.CreatedAt, e.EndReason,
                Guardian = db.Users.Where(u => u.Id == e.GuardianId).Select(u => u.DisplayName).First(),
            })
            .ToListAsync(ct);
        var waiting = 0;
        return rows.Select(r => new ClassEnrolmentItem(r.Id, r.ChildName, r.ChildBirthDate, CareClass.AgeOn(r.ChildBirthDate, care.FirstDay),
            r.Guardian, r.GuardianPhoneMasked, r.HasNotes, r.Status, EnumText.Chinese(r.Status),
            r.Status == EnrolmentStatus.Waitlisted ? ++waiting : null, r.CreatedAt, r.EndReason)).ToList();
    }
}
