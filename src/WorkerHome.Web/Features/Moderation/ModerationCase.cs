using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Moderation;

/// <summary>
/// A text held back for a person to look at, with the reasons the screen gave. The content itself stays where
/// it was written (a need, a comment): nothing is lost; approving publishes it, rejecting keeps it private.
/// </summary>
public sealed class ModerationCase : IAudited
{
    public int Id { get; set; }

    /// <summary>What kind of content: <c>Need</c>, later <c>FeedbackComment</c>.</summary>
    public string ContentType { get; set; } = "";

    public int ContentId { get; set; }
    public int UnionId { get; set; }
    public Guid AuthorId { get; set; }
    public string Text { get; set; } = "";
    public List<string> Reasons { get; set; } = [];
    public ModerationStatus Status { get; set; } = ModerationStatus.Pending;
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewNote { get; set; }

    /// <summary>The kind of content in Chinese, for moderators.</summary>
    public static string ContentTypeName(string contentType) => contentType switch
    {
        "Need" => "需求",
        "FeedbackComment" => "评价留言",
        _ => contentType,
    };

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"{ContentTypeName(ContentType)} #{ContentId}";
}
