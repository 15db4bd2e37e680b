using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Library;

/// <summary>A title with its availability ("可借 2/3").</summary>
public sealed record BookView(int Id, int SiteId, string SiteName, string Title, string Author, string? Publisher, string? Isbn,
    BookCategory Category, string CategoryText, int Copies, int Available, string? ShelfMark, bool Active)
{
    internal static BookView From(LibraryBook b, string siteName) => new(b.Id, b.SiteId, siteName, b.Title, b.Author, b.Publisher, b.Isbn,
        b.Category, b.Category.Chinese(), b.Copies, Math.Max(0, b.Copies - b.CopiesOut), b.ShelfMark, b.Active);
}
