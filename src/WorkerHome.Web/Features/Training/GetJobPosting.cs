using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>A posting as staff of its subtree see it (with the full contact phone); outside the subtree it is not found.</summary>
public sealed class GetJobPosting(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<JobDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var detail = await JobQueries.DetailAsync(db, id, ct);
        if (detail is null || !await scope.CoversUnionAsync(detail.UnionId, ct))
        {
            return TrainingProblems.PostingNotFound;
        }
        return detail;
    }
}
