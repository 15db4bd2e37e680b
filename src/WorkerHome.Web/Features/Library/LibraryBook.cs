using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Library;

/// <summary>
/// A title in a site's reading room (职工书屋). <see cref="CopiesOut"/> counts copies held or lent and is raised by one
/// conditional statement only (<c>CopiesOut &lt; Copies</c>), so a copy is never lent twice.
/// </summary>
public sealed class LibraryBook : IAudited
{
    public int Id { get; set; }
    public int SiteId { get; set; }
    public int UnionId { get; set; }
    public string Title { get; set; } = "";
    public string Author { get; set; } = "";
    public string? Publisher { get; set; }

    /// <summary>Digits only (ISBN-13, or ISBN-10 whose last character may be X).</summary>
    public string? Isbn { get; set; }

    public BookCategory Category { get; set; }
    public int Copies { get; set; }
    public int CopiesOut { get; set; }
    public string? ShelfMark { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;
}
