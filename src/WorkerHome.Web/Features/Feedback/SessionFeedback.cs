using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Features.Feedback;

/// <summary>
/// An attendee's rating of a session (评): 1–5 stars on content, provider and venue (no venue for online sessions)
/// and an optional comment, once per attendee (a unique index), only after the session ended. What the rating is
/// rolled up by (item, volunteer, site, mode, union) is copied in when it is given, so the figures stay as they were
/// even if the session is later changed. A rating with any dimension at 2 stars or below is low and goes to staff.
/// </summary>
public sealed class SessionFeedback
{
    public const int MaxCommentLength = 300;

    /// <summary>Stars at or below this make a rating low (flagged for follow-up).</summary>
    public const int LowStars = 2;

    /// <summary>Stars at or above this count as satisfied (满意).</summary>
    public const int SatisfiedStars = 4;

    public int Id { get; set; }
    public int SessionId { get; set; }
    public Guid UserId { get; set; }

    public int MenuItemId { get; set; }
    public int UnionId { get; set; }
    public int? SiteId { get; set; }
    public int? VolunteerId { get; set; }
    public ServiceMode Mode { get; set; }

    public int ContentStars { get; set; }
    public int ProviderStars { get; set; }

    /// <summary>Null for online sessions, which have no venue.</summary>
    public int? VenueStars { get; set; }

    public string? Comment { get; set; }

    /// <summary>The comment's moderation; null without a comment. Only approved comments are shown beyond staff.</summary>
    public ModerationStatus? CommentModeration { get; set; }

    public bool IsLow { get; set; }
    public FollowUpStatus FollowUp { get; set; } = FollowUpStatus.None;
    public string? FollowUpNote { get; set; }
    public Guid? FollowedUpBy { get; set; }
    public DateTimeOffset? FollowedUpAt { get; set; }

    /// <summary>The need staff made of the comment, if any.</summary>
    public int? NeedId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
