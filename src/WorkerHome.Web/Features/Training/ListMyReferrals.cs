using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Training;

/// <summary>The worker's own referrals (我的就业) with their history.</summary>
public sealed class ListMyReferrals(AppDbContext db, CurrentUser current)
{
    public async Task<IReadOnlyList<ReferralView>> HandleAsync(CancellationToken ct)
    {
        var userId = current.UserId;
        return await ReferralQueries.ViewsAsync(db, db.JobReferrals.Where(r => r.UserId == userId), ct);
    }
}
