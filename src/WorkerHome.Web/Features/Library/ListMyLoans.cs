using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>The signed-in worker's reservations and loans: current ones first (soonest due), then the last returned.</summary>
public sealed class ListMyLoans(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<LoanView>>> HandleAsync(CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var rows = await LoanQueries.Rows(db, db.BookLoans.AsNoTracking().Where(l => l.UserId == userId)
            .OrderBy(l => l.Status).ThenBy(l => l.DueOn).ThenByDescending(l => l.Id).Take(50)).ToListAsync(ct);
        var (today, now) = (time.LocalToday(), time.GetUtcNow());
        // The join may not keep the subquery's order, so the page is put back in order here.
        return rows.OrderBy(r => r.Loan.Status).ThenBy(r => r.Loan.DueOn).ThenByDescending(r => r.Loan.Id).Select(r => r.ToView(today, now)).ToList();
    }

    internal async Task<Outcome<LoanView>> OneAsync(Guid userId, int loanId, CancellationToken ct)
    {
        var row = await LoanQueries.Rows(db, db.BookLoans.AsNoTracking().Where(l => l.Id == loanId && l.UserId == userId)).SingleAsync(ct);
        return row.ToView(time.LocalToday(), time.GetUtcNow());
    }
}
