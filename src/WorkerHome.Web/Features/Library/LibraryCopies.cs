using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Library;

/// <summary>
/// Takes a copy off the shelf for a new loan: the book's <c>CopiesOut</c> is raised by one conditional statement in the
/// same transaction as the loan row, so concurrent readers never get more copies than the shelf holds. The reader's own
/// limits (at most <see cref="LibraryOptions.MaxLoans"/> books, one copy of a title) are counted in that transaction
/// after the reader's lock, so parallel requests of one reader cannot both pass them.
/// </summary>
public sealed class LibraryCopies(AppDbContext db, IOptions<LibraryOptions> options)
{
    public Task<Outcome<Done>> TakeAsync(BookLoan loan, CancellationToken ct) => options.Value.UnguardedForTests
        ? UnguardedAsync(loan, ct)
        : db.InTransactionAsync<Done>(async token =>
        {
            await PersonLocks.LockAsync(db, PersonLock.Loans, loan.UserId, token);
            if (await ReaderLimitAsync(loan, token) is { } refused)
            {
                return refused;
            }
            var taken = await db.LibraryBooks.Where(b => b.Id == loan.BookId && b.Active && b.CopiesOut < b.Copies)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.CopiesOut, b => b.CopiesOut + 1), token);
            if (taken == 0)
            {
                return LibraryProblems.NoCopyAvailable;
            }
            db.BookLoans.Add(loan);
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);

    /// <summary>
    /// The control for the race test (Testing only): read the count, check it in memory, write it back. Each write
    /// stays within the copies, so the check constraint never objects; concurrent readers overwrite each other's count
    /// and together take more copies than there are.
    /// </summary>
    private async Task<Outcome<Done>> UnguardedAsync(BookLoan loan, CancellationToken ct)
    {
        if (await ReaderLimitAsync(loan, ct) is { } refused)
        {
            return refused;
        }
        var read = await db.LibraryBooks.AsNoTracking().Where(b => b.Id == loan.BookId).Select(b => new { b.CopiesOut, b.Copies }).SingleAsync(ct);
        if (read.CopiesOut >= read.Copies)
        {
            return LibraryProblems.NoCopyAvailable;
        }
        // The moment a busy server takes between the check and the write, as the other controls have: without it the
        // readers of a round on SQLite could run one after the other and never overlap.
        await Task.Delay(5, ct);
        db.BookLoans.Add(loan);
        await db.SaveChangesAsync(ct);
        await db.LibraryBooks.Where(b => b.Id == loan.BookId).ExecuteUpdateAsync(s => s.SetProperty(b => b.CopiesOut, read.CopiesOut + 1), ct);
        return Done.Value;
    }

    private async Task<AppProblem?> ReaderLimitAsync(BookLoan loan, CancellationToken ct)
    {
        var holding = await db.BookLoans.Where(l => l.UserId == loan.UserId && (l.Status == LoanStatus.Reserved || l.Status == LoanStatus.Lent))
            .Select(l => l.BookId).ToListAsync(ct);
        if (holding.Contains(loan.BookId))
        {
            return LibraryProblems.AlreadyHolding;
        }
        var max = options.Value.MaxLoans;
        return holding.Count >= max ? LibraryProblems.LoanLimitReached.WithDetail($"每人最多同时借阅或预约 {max} 本，请先归还后再借") : null;
    }
}
