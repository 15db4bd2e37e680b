using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Standards;

/// <summary>
/// A construction standard (建设标准) from the reference guide (建设参考指南): the weighted checklist a site of one form
/// and rating is measured against, set by a union (usually the city) for its whole subtree. A site is measured by
/// the active standard of its form and rating owned by its nearest union above (<see cref="StandardOf"/>).
/// </summary>
public sealed class ConstructionStandard : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public string Name { get; set; } = "";
    public SiteForm Form { get; set; }
    public SiteRating Rating { get; set; }

    /// <summary>The points (out of the items' total weight) a site needs to pass.</summary>
    public int PassScore { get; set; }

    /// <summary>Only one active standard per union, form and rating; an old one stays for the assessments made with it.</summary>
    public bool IsActive { get; set; }

    public string? Note { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Name;
}
