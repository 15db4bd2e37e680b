using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>What the desk looks at: current loans and reservations of one site or of the whole scope, or only overdue ones.</summary>
public sealed record LoanSearch(int? SiteId = null, bool Overdue = false, int Page = 1, int PageSize = 20);

/// <summary>The desk's list of current loans and reservations in the caller's scope, oldest due first.</summary>
public sealed class ListLoans(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<LoanView>>> HandleAsync(LoanSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } paging)
        {
            return paging;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var today = time.LocalToday();
        var loans = db.BookLoans.AsNoTracking().Where(l => l.Status == LoanStatus.Lent || l.Status == LoanStatus.Reserved);
        var unions = access.UnionIds(db);
        loans = loans.Where(l => unions.Contains(l.UnionId));
        if (search.SiteId is { } site)
        {
            loans = loans.Where(l => db.LibraryBooks.Any(b => b.Id == l.BookId && b.SiteId == site));
        }
        if (search.Overdue)
        {
            loans = loans.Where(l => l.Status == LoanStatus.Lent && l.DueOn < today);
        }
        var total = await loans.CountAsync(ct);
        var rows = await LoanQueries.Rows(db, loans.OrderBy(l => l.Status).ThenBy(l => l.DueOn).ThenBy(l => l.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)).ToListAsync(ct);
        var now = time.GetUtcNow();
        // The join may not keep the subquery's order, so the page is put back in order here.
        return new PagedList<LoanView>(rows.OrderBy(r => r.Loan.Status).ThenBy(r => r.Loan.DueOn).ThenBy(r => r.Loan.Id).Select(r => r.ToView(today, now)).ToList(),
            total, search.Page, search.PageSize);
    }

    internal async Task<Outcome<LoanView>> OneAsync(int loanId, CancellationToken ct)
    {
        var row = await LoanQueries.Rows(db, db.BookLoans.AsNoTracking().Where(l => l.Id == loanId)).SingleAsync(ct);
        return row.ToView(time.LocalToday(), time.GetUtcNow());
    }
}
