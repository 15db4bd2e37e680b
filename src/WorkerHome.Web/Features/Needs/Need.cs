using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Features.Needs;

/// <summary>
/// A worker's need (职工提需求): a category and up to 500 characters of text, addressed to the union of the
/// preferred site or township. Public only once moderation approves its text; others add "me too".
/// </summary>
public sealed class Need
{
    public const int MaxTextLength = 500;

    public int Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The union the need is addressed to (of the preferred site or township); it scopes staff access.</summary>
    public int UnionId { get; set; }

    public int? SurveyId { get; set; }
    public NeedCategory Category { get; set; }
    public string Text { get; set; } = "";
    public int? PreferredSiteId { get; set; }
    public string? PreferredRegionCode { get; set; }
    public PreferredTimes PreferredTimes { get; set; }
    public DeliveryChannel Channel { get; set; }
    public NeedStatus Status { get; set; } = NeedStatus.Submitted;
    public ModerationStatus Moderation { get; set; } = ModerationStatus.Pending;
    public int? GroupId { get; set; }

    /// <summary>How many others said "me too"; kept by one conditional statement per "me too".</summary>
    public int MeTooCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One worker's "me too" on a need, at most once each.</summary>
public sealed class NeedMeToo
{
    public int NeedId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
