using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Features.Membership;

/// <summary>An application's ID number and phone, shown in full only through <see cref="RevealSensitive"/>.</summary>
public sealed class ApplicationPersonalSource : ISensitiveSource
{
    public string EntityType => nameof(MembershipApplication);

    public string Name => "入会申请";

    public IReadOnlyCollection<string> Fields { get; } = ["IdNumber", "Phone"];

    public async Task<SensitiveRecord?> FindAsync(AppDbContext db, string entityId, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!int.TryParse(entityId, out var id))
        {
            return null;
        }
        var found = await db.MembershipApplications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.UnionId, a.RealName, a.IdCipher, a.PhoneCipher }).FirstOrDefaultAsync(ct);
        return found is null ? null : new SensitiveRecord(found.UnionId, Masking.Name(found.RealName), field == "Phone" ? found.PhoneCipher : found.IdCipher);
    }
}
