using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Library;

/// <summary>
/// The desk takes a book back (by the loan number on the slip, typed or scanned). The loan is claimed by a conditional
/// update, so a return scanned twice puts the copy back on the shelf once.
/// </summary>
public sealed class ReturnLoan(AppDbContext db, DataScope scope, ListLoans loans, TimeProvider time)
{
    public async Task<Outcome<LoanView>> HandleAsync(int loanId, CancellationToken ct)
    {
        var loan = await db.BookLoans.Where(l => l.Id == loanId).Select(l => new { l.UnionId, l.BookId }).FirstOrDefaultAsync(ct);
        if (loan is null || !await scope.CoversUnionAsync(loan.UnionId, ct))
        {
            return LibraryProblems.LoanNotFound;
        }
        var now = time.GetUtcNow();
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            var returned = await db.BookLoans.Where(l => l.Id == loanId && l.Status == LoanStatus.Lent)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LoanStatus.Returned).SetProperty(l => l.ReturnedAt, now), token);
            if (returned == 0)
            {
                return LibraryProblems.LoanNotLent;
            }
            await db.LibraryBooks.Where(b => b.Id == loan.BookId)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.CopiesOut, b => b.CopiesOut - 1), token);
            return Done.Value;
        }, ct);
        return outcome.Succeeded ? await loans.OneAsync(loanId, ct) : outcome.Problem;
    }
}
