using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Moderation;

/// <summary>An entry of the staff-edited sensitive-word lexicon (敏感词库).</summary>
public sealed class SensitiveWord : IAudited
{
    public const int MaxLength = 50;

    /// <summary>The category when staff give none.</summary>
    public const string OtherCategory = "其他";

    /// <summary>Categories offered in the console; staff may type another.</summary>
    public static readonly IReadOnlyList<string> SuggestedCategories = ["色情", "赌博", "诈骗", "广告", "辱骂", OtherCategory];

    public int Id { get; set; }
    public string Word { get; set; } = "";
    public string Category { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => null;

    string IAudited.AuditLabel => Word;
}
