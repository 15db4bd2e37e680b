using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Library;

/// <summary>
/// A worker reserves a copy online (预约借阅); it is held for a few days for collection at the desk. A worker holds at
/// most <see cref="LibraryOptions.MaxLoans"/> books at once and one copy of a title.
/// </summary>
public sealed class ReserveBook(AppDbContext db, CurrentUser user, GetBook get, LibraryCopies copies, ListMyLoans mine, TimeProvider time,
    IOptions<LibraryOptions> options)
{
    public async Task<Outcome<LoanView>> HandleAsync(int bookId, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var book = await get.HandleAsync(bookId, ct);
        if (!book.Succeeded)
        {
            return book.Problem;
        }
        if (!book.Value.Active)
        {
            return LibraryProblems.NoCopyAvailable.WithDetail("该书暂停外借");
        }
        var now = time.GetUtcNow();
        var loan = new BookLoan
        {
            BookId = bookId,
            UnionId = await db.LibraryBooks.Where(b => b.Id == bookId).Select(b => b.UnionId).SingleAsync(ct),
            UserId = userId,
            Status = LoanStatus.Reserved,
            ReservedAt = now,
            HoldUntil = now.AddDays(options.Value.HoldDays),
        };
        var taken = await copies.TakeAsync(loan, ct);
        return taken.Succeeded ? await mine.OneAsync(userId, loan.Id, ct) : taken.Problem;
    }
}
