using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Needs;

/// <summary>
/// Similar needs grouped together (梳理需求), automatically by category and Chinese text similarity; staff may
/// merge, split and rename. A merged group points at the group it went into.
/// </summary>
public sealed class NeedGroup : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public NeedCategory Category { get; set; }
    public string Title { get; set; } = "";

    /// <summary>True once staff rename it; automatic grouping then leaves the title alone.</summary>
    public bool TitleSetByStaff { get; set; }

    public int? MergedIntoId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;
}
