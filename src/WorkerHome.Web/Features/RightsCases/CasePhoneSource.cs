using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Privacy;

namespace WorkerHome.Features.RightsCases;

/// <summary>The complainant's phone, shown in full only through <see cref="RevealSensitive"/>; labelled by case number.</summary>
public sealed class CasePhoneSource : ISensitiveSource
{
    public string EntityType => nameof(RightsCase);

    public string Name => "维权诉求";

    public IReadOnlyCollection<string> Fields { get; } = ["Phone"];

    public async Task<SensitiveRecord?> FindAsync(AppDbContext db, string entityId, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!int.TryParse(entityId, out var id))
        {
            return null;
        }
        return await db.RightsCases.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new SensitiveRecord(c.UnionId, c.Number, c.PhoneCipher))
            .FirstOrDefaultAsync(ct);
    }
}
