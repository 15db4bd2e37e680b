using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Funding;

/// <summary>
/// Removes a ratio rule of the caller's subtree. Ledgers already checked keep their standing; the rule simply no
/// longer applies to the next submission or selection.
/// </summary>
public sealed class DeleteFundingRule(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<Done>> HandleAsync(int id, CancellationToken ct)
    {
        var rule = await db.FundingRules.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return FundingProblems.RuleNotFound;
        }
        if (!await scope.CoversUnionAsync(rule.UnionId, ct))
        {
            return FundingProblems.RuleOutOfScope;
        }
        db.FundingRules.Remove(rule);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }
}
