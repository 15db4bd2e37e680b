namespace WorkerHome.Features.Aid;

/// <summary>One level's decision on an application (审核记录).</summary>
public sealed class AidStep
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public AidLevel Level { get; set; }
    public int UnionId { get; set; }
    public bool Approved { get; set; }
    public long? AmountFen { get; set; }

    /// <summary>
    /// The year of this level's union budget the approval drew on (null when the level had none, and on rejections);
    /// a later rejection gives it back.
    /// </summary>
    public int? BudgetYear { get; set; }
    public string Opinion { get; set; } = "";
    public Guid ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
