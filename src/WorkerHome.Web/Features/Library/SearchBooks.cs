using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>What a reader looks for in one reading room.</summary>
public sealed record BookSearch(int SiteId, string? Q = null, BookCategory? Category = null, int Page = 1, int PageSize = 20);

/// <summary>
/// A site's catalogue: title or author contains the words, optionally one category; titles in service only, unless the
/// caller is the site's staff. The site must be visible to the caller.
/// </summary>
public sealed class SearchBooks(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<BookView>>> HandleAsync(BookSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } paging)
        {
            return paging;
        }
        var today = time.LocalToday();
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == search.SiteId && s.DeletedAt == null)
            .Select(s => new { s.Name, s.UnionId, Public = db.Sites.Where(Site.PubliclyVisible(today)).Any(p => p.Id == s.Id) })
            .FirstOrDefaultAsync(ct);
        if (site is null)
        {
            return LibraryProblems.SiteNotFound;
        }
        var staff = await scope.CoversUnionAsync(site.UnionId, ct);
        if (!site.Public && !staff)
        {
            return LibraryProblems.SiteNotFound;
        }
        var books = db.LibraryBooks.AsNoTracking().Where(b => b.SiteId == search.SiteId);
        if (!staff)
        {
            books = books.Where(b => b.Active);
        }
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            books = books.Where(b => b.Title.Contains(q) || b.Author.Contains(q) || b.Isbn == q);
        }
        if (search.Category is { } category)
        {
            books = books.Where(b => b.Category == category);
        }
        var total = await books.CountAsync(ct);
        var page = await books.OrderBy(b => b.Category).ThenBy(b => b.Title).ThenBy(b => b.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToListAsync(ct);
        return new PagedList<BookView>(page.Select(b => BookView.From(b, site.Name)).ToList(), total, search.Page, search.PageSize);
    }
}
