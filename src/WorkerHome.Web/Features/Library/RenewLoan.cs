using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>A worker renews a loan once, if it is not overdue: the due date moves on by the loan days.</summary>
public sealed class RenewLoan(AppDbContext db, CurrentUser user, ListMyLoans mine, TimeProvider time, IOptions<LibraryOptions> options)
{
    public async Task<Outcome<LoanView>> HandleAsync(int loanId, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var loan = await db.BookLoans.AsNoTracking().Where(l => l.Id == loanId && l.UserId == userId)
            .Select(l => new { l.Status, l.Renewed, l.DueOn }).FirstOrDefaultAsync(ct);
        if (loan is null)
        {
            return LibraryProblems.LoanNotFound;
        }
        var today = time.LocalToday();
        if (loan.Status != LoanStatus.Lent)
        {
            return LibraryProblems.LoanNotLent;
        }
        if (loan.Renewed)
        {
            return LibraryProblems.RenewalRefused.WithDetail("每次借阅只能续借一次");
        }
        if (loan.DueOn < today)
        {
            return LibraryProblems.RenewalRefused.WithDetail("已逾期的图书不能续借，请先归还");
        }
        var days = options.Value.LoanDays;
        var renewed = await db.BookLoans
            .Where(l => l.Id == loanId && l.Status == LoanStatus.Lent && !l.Renewed && l.DueOn >= today)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Renewed, true).SetProperty(l => l.DueOn, l => l.DueOn!.Value.AddDays(days))
                .SetProperty(l => l.DueSoonRemindedAt, (DateTimeOffset?)null), ct);
        return renewed == 0 ? LibraryProblems.RenewalRefused.WithDetail("每次借阅只能续借一次") : await mine.OneAsync(userId, loanId, ct);
    }
}
