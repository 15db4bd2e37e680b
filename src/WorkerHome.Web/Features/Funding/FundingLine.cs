using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Funding;

/// <summary>
/// One line of a project's funding ledger: who pays (a union, by its level) how much of which kind. The lines add
/// up to the project's budget and obey the ratio rules. Once the project is selected the amounts are the
/// approval; <see cref="PaidFen"/> is raised by one conditional statement and can never pass <see cref="AmountFen"/>.
/// </summary>
public sealed class FundingLine : IAudited
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public FundingSource Source { get; set; }

    /// <summary>The paying union: the granting or matching union, or the applicant for its own money.</summary>
    public int FunderUnionId { get; set; }

    /// <summary>The applicant's union, copied so scope filters need no join.</summary>
    public int UnionId { get; set; }

    public long AmountFen { get; set; }
    public long PaidFen { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"{Source} #{ProjectId}";
}
