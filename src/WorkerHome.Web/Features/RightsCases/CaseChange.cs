using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

/// <summary>
/// One staff change of an open case: a single conditional update on the version the caller saw, so of two
/// changes sent from the same view (close and escalate, say) exactly one wins and the other is 409 stale_version.
/// </summary>
internal static class CaseChange
{
    public static async Task<AppProblem?> ApplyAsync(AppDbContext db, RightsCase seen, int? version, DateTimeOffset now,
        Action<UpdateSettersBuilder<RightsCase>> set, CancellationToken ct)
    {
        if (version is not { } expected)
        {
            return CommonProblems.Field("version", "请提供诉求的版本号（version）");
        }
        if (expected != seen.Version)
        {
            return CommonProblems.StaleVersion;
        }
        if (seen.Status == RightsCaseStatus.Closed)
        {
            return RightsCasesProblems.Closed;
        }
        var changed = await db.RightsCases
            .Where(c => c.Id == seen.Id && c.Version == expected && c.Status != RightsCaseStatus.Closed)
            .ExecuteUpdateAsync(s =>
            {
                set(s);
                s.SetProperty(c => c.Version, expected + 1);
                s.SetProperty(c => c.AcknowledgedAt, c => c.AcknowledgedAt ?? now);
            }, ct);
        return changed == 1 ? null : CommonProblems.StaleVersion;
    }
}
