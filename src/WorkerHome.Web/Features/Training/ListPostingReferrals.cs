using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>A posting's referrals, for staff of its subtree.</summary>
public sealed class ListPostingReferrals(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<List<ReferralView>>> HandleAsync(int postingId, CancellationToken ct)
    {
        var unionId = await db.JobPostings.Where(p => p.Id == postingId).Select(p => (int?)p.UnionId).FirstOrDefaultAsync(ct);
        if (unionId is null || !await scope.CoversUnionAsync(unionId.Value, ct))
        {
            return TrainingProblems.PostingNotFound;
        }
        return await ReferralQueries.ViewsAsync(db, db.JobReferrals.Where(r => r.PostingId == postingId), ct);
    }
}
