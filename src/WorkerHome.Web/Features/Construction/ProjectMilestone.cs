namespace WorkerHome.Features.Construction;

/// <summary>
/// A dated milestone of a selected project (选址, 装修, 设备配置, 挂牌开放…). It is done when the applicant marks it
/// with evidence uploaded; it is late when its date has passed undone (shown red on the battle map). Funding
/// payments are tied to milestones.
/// </summary>
public sealed class ProjectMilestone
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public int SortOrder { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public Guid? DoneBy { get; set; }
    public string? Note { get; set; }

    public bool IsLate(DateOnly today) => DoneAt is null && DueOn < today;
}
