using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Moderation;

/// <summary>An entry of the staff-edited sensitive-word lexicon (敏感词库).</summary>
public sealed class SensitiveWord : IAudited
{
    public int Id { get; set; }
    public string Word { get; set; } = "";
    public string Category { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => null;

    string IAudited.AuditLabel => Word;
}
