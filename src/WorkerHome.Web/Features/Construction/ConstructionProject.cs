using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Construction;

/// <summary>
/// A construction project (阵地建设项目): a union applies (申报) to build or upgrade one site of a form and rating
/// in a year; the level above reviews it, selects it within its year's budget (择优确定), follows its milestones,
/// and accepts it (验收) by inspection against the standard, after which the site operates with the rating.
/// Who did each step and when is kept in <see cref="ProjectStep"/>.
/// </summary>
public sealed class ConstructionProject : IAudited
{
    public int Id { get; set; }
    public int Year { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The applying union (a grassroots, township or county union).</summary>
    public int UnionId { get; set; }

    /// <summary>The county-level union above the applicant (or the applicant itself), for the plan and the battle map.</summary>
    public int CountyUnionId { get; set; }

    /// <summary>
    /// The union that reviews, selects and accepts: the level above. Fixed at application: the nearest union
    /// strictly above the applicant at or above the rating's level, so no union ever approves its own application.
    /// </summary>
    public int ReviewerUnionId { get; set; }

    /// <summary>The site being built (created as planned at application) or upgraded.</summary>
    public int SiteId { get; set; }

    public SiteForm Form { get; set; }
    public SiteRating Rating { get; set; }
    public ProjectStage Stage { get; set; }
    public string? Description { get; set; }

    /// <summary>The whole budget in fen; the funding ledger's lines must add up to it.</summary>
    public long BudgetFen { get; set; }

    /// <summary>The subsidy asked of the reviewing union.</summary>
    public long RequestedSubsidyFen { get; set; }

    /// <summary>The subsidy granted at selection, taken from the reviewer's yearly plan budget.</summary>
    public long? ApprovedSubsidyFen { get; set; }

    /// <summary>The applicant's self-assessment against the standard, made when applying.</summary>
    public int? SelfAssessmentId { get; set; }

    /// <summary>Review score 0–100 given by the level above; selection ranks by it.</summary>
    public int? ReviewScore { get; set; }

    public string? ReviewComment { get; set; }

    /// <summary>The passed inspection that accepted the project.</summary>
    public int? AcceptanceAssessmentId { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? SelectedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Name;
}
