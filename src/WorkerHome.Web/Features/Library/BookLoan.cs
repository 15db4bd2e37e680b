using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Library;

/// <summary>
/// One copy of a book in a worker's hands, or held for them. The reminder columns are claimed by conditional
/// updates, so each reminder goes out once whichever node runs the pass.
/// </summary>
public sealed class BookLoan : IAudited
{
    public int Id { get; set; }
    public int BookId { get; set; }
    public int UnionId { get; set; }
    public Guid UserId { get; set; }
    public LoanStatus Status { get; set; }
    public DateTimeOffset? ReservedAt { get; set; }

    /// <summary>A reservation not collected by then lapses and its copy goes back on the shelf.</summary>
    public DateTimeOffset? HoldUntil { get; set; }

    public DateTimeOffset? LentAt { get; set; }

    /// <summary>The last local day the book may be kept.</summary>
    public DateOnly? DueOn { get; set; }

    public bool Renewed { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public DateTimeOffset? DueSoonRemindedAt { get; set; }
    public DateTimeOffset? OverdueRemindedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"借阅 #{Id}";
}
