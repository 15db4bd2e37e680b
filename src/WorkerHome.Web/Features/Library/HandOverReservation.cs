using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>The desk hands a held copy to the worker who reserved it; the loan runs from today.</summary>
public sealed class HandOverReservation(AppDbContext db, DataScope scope, ListLoans loans, TimeProvider time, IOptions<LibraryOptions> options)
{
    public async Task<Outcome<LoanView>> HandleAsync(int loanId, CancellationToken ct)
    {
        var unionId = await db.BookLoans.Where(l => l.Id == loanId).Select(l => (int?)l.UnionId).FirstOrDefaultAsync(ct);
        if (unionId is null || !await scope.CoversUnionAsync(unionId.Value, ct))
        {
            return LibraryProblems.LoanNotFound;
        }
        var now = time.GetUtcNow();
        var due = time.LocalToday().AddDays(options.Value.LoanDays);
        var handed = await db.BookLoans.Where(l => l.Id == loanId && l.Status == LoanStatus.Reserved)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LoanStatus.Lent).SetProperty(l => l.LentAt, now)
                .SetProperty(l => l.DueOn, due), ct);
        return handed == 0 ? LibraryProblems.ReservationNotWaiting : await loans.OneAsync(loanId, ct);
    }
}
