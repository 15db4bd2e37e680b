using WorkerHome.Data;

namespace WorkerHome.Features.Library;

/// <summary>The one projection of loans with their book, site and borrower, shared by the worker's and the desk's lists.</summary>
internal static class LoanQueries
{
    public static IQueryable<LoanRow> Rows(AppDbContext db, IQueryable<BookLoan> loans) =>
        from l in loans
        join b in db.LibraryBooks on l.BookId equals b.Id
        select new LoanRow(l, b.Title, b.Author, b.SiteId,
            db.Sites.Where(s => s.Id == b.SiteId).Select(s => s.Name).First(), b.ShelfMark,
            db.Users.Where(u => u.Id == l.UserId).Select(u => u.DisplayName).First(),
            db.Users.Where(u => u.Id == l.UserId).Select(u => u.PhoneMasked).First());
}
