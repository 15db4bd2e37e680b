using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Privacy;

namespace WorkerHome.Features.ChildCare;

/// <summary>A guardian's phone and a child's health notes, shown in full only through <see cref="RevealSensitive"/>.</summary>
public sealed class CareEnrolmentSource : ISensitiveSource
{
    public string EntityType => nameof(CareEnrolment);

    public string Name => "托管报名";

    public IReadOnlyCollection<string> Fields { get; } = ["Phone", "Health"];

    public async Task<SensitiveRecord?> FindAsync(AppDbContext db, string entityId, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!int.TryParse(entityId, out var id))
        {
            return null;
        }
        var row = await db.CareEnrolments.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.UnionId, e.GuardianPhoneCipher, e.HealthNotesCipher }).FirstOrDefaultAsync(ct);
        return row is null ? null : new SensitiveRecord(row.UnionId, $"托管报名 #{id}", field == "Health" ? row.HealthNotesCipher : row.GuardianPhoneCipher);
    }
}
