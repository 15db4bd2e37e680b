using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Library;

/// <summary>One title. Titles out of service and hidden sites are seen only by the site's staff.</summary>
public sealed class GetBook(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<BookView>> HandleAsync(int id, CancellationToken ct)
    {
        var today = time.LocalToday();
        var row = await db.LibraryBooks.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                Book = b,
                SiteName = db.Sites.Where(s => s.Id == b.SiteId).Select(s => s.Name).First(),
                Public = db.Sites.Where(Site.PubliclyVisible(today)).Any(s => s.Id == b.SiteId),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null || ((!row.Book.Active || !row.Public) && !await scope.CoversUnionAsync(row.Book.UnionId, ct)))
        {
            return LibraryProblems.BookNotFound;
        }
        return BookView.From(row.Book, row.SiteName);
    }
}
