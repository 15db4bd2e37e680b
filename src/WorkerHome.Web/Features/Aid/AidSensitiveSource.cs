using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Features.Aid;

/// <summary>An aid application's ID number, phone, household income and health note, shown in full only through <see cref="RevealSensitive"/>.</summary>
public sealed class AidSensitiveSource : ISensitiveSource
{
    public string EntityType => nameof(AidApplication);

    public string Name => "帮扶申请";

    public IReadOnlyCollection<string> Fields { get; } = ["IdNumber", "Phone", "Income", "Health"];

    public async Task<SensitiveRecord?> FindAsync(AppDbContext db, string entityId, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!int.TryParse(entityId, out var id))
        {
            return null;
        }
        var found = await db.AidApplications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.UnionId, a.RealName, a.IdCipher, a.PhoneCipher, a.IncomeCipher, a.HealthCipher }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var cipher = field switch
        {
            "Phone" => found.PhoneCipher,
            "Income" => found.IncomeCipher,
            "Health" => found.HealthCipher,
            _ => found.IdCipher,
        };
        return new SensitiveRecord(found.UnionId, Masking.Name(found.RealName), cipher);
    }
}
