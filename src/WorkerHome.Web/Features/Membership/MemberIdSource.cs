using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Privacy;

namespace WorkerHome.Features.Membership;

/// <summary>A member's ID number, shown in full only through <see cref="RevealSensitive"/>; labelled by member number.</summary>
public sealed class MemberIdSource : ISensitiveSource
{
    public string EntityType => nameof(Member);

    public string Name => "会员";

    public IReadOnlyCollection<string> Fields { get; } = ["IdNumber"];

    public async Task<SensitiveRecord?> FindAsync(AppDbContext db, string entityId, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return int.TryParse(entityId, out var id)
            ? await db.Members.AsNoTracking().Where(m => m.Id == id).Select(m => new SensitiveRecord(m.UnionId, m.MemberNumber, m.IdCipher)).FirstOrDefaultAsync(ct)
            : null;
    }
}
