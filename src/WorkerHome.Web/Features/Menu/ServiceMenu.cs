using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Menu;

/// <summary>A published menu (亮单) of a union for a period, e.g. 西固区工会讲堂 2026年12月.</summary>
public sealed class ServiceMenu : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public MenuStatus Status { get; set; } = MenuStatus.Draft;
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;
}
