using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>The guardian's phone and the child's health notes in full.</summary>
public sealed record EnrolmentPrivate(int Id, string ChildName, string GuardianPhone, string? HealthNotes);

/// <summary>
/// The class's staff read a guardian's phone and a child's health notes in full (查看). Every reading is written to the
/// operation log; so is a refused attempt by staff outside the class's union.
/// </summary>
public sealed class RevealEnrolment(AppDbContext db, CareAccess access, PersonalDataProtector protector, AccessAudit audit)
{
    public async Task<Outcome<EnrolmentPrivate>> HandleAsync(int enrolmentId, CancellationToken ct)
    {
        var row = await db.CareEnrolments.AsNoTracking().Where(e => e.Id == enrolmentId)
            .Select(e => new { e.UnionId, e.ChildName, e.GuardianPhoneCipher, e.HealthNotesCipher }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return ChildCareProblems.EnrolmentNotFound;
        }
        var label = $"托管报名 #{enrolmentId}";
        if (!await access.CoversAsync(row.UnionId, ct))
        {
            await audit.DeniedAsync(nameof(CareEnrolment), enrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), label, row.UnionId,
                ChildCareProblems.EnrolmentNotFound.Code, ct);
            return ChildCareProblems.EnrolmentNotFound;
        }
        await audit.ViewedAsync(nameof(CareEnrolment), enrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), label, row.UnionId, ct);
        return new EnrolmentPrivate(enrolmentId, row.ChildName, protector.Decrypt(row.GuardianPhoneCipher),
            row.HealthNotesCipher is null ? null : protector.Decrypt(row.HealthNotesCipher));
    }
}
