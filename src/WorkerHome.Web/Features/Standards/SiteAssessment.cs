using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Standards;

/// <summary>
/// A site measured against a standard: the site's own self-assessment (自评), or an inspection (检查/验收) by staff
/// of a union above. The score is fixed when made: later edits of the standard do not change it. An inspection
/// that belongs to a construction project's acceptance names the project.
/// </summary>
public sealed class SiteAssessment : IAudited
{
    public int Id { get; set; }
    public int SiteId { get; set; }
    public int StandardId { get; set; }

    /// <summary>The site's union, copied so scope filters need no join.</summary>
    public int UnionId { get; set; }

    public int? ProjectId { get; set; }
    public AssessmentKind Kind { get; set; }
    public int Score { get; set; }
    public int MaxScore { get; set; }
    public int PassScore { get; set; }
    public bool Passed { get; set; }
    public string? Comment { get; set; }
    public Guid AssessedBy { get; set; }
    public string AssessorName { get; set; } = "";

    /// <summary>The union the assessor acted for: the site's own for a self-assessment, one above for an inspection.</summary>
    public int AssessorUnionId { get; set; }

    public DateTimeOffset AssessedAt { get; set; }
    public List<AssessmentResult> Results { get; set; } = [];

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"{Kind} #{SiteId}";

    /// <summary>
    /// Measures answers against the standard's items: every item must be answered once; a function-area item is
    /// answered by the site's areas, whatever the assessor says.
    /// </summary>
    public static SiteAssessment Measure(ConstructionStandard standard, IReadOnlyList<StandardItem> items,
        IReadOnlyDictionary<int, (bool? Met, decimal? Value, string? Note)> answers, IReadOnlyCollection<int> siteAreaIds)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(siteAreaIds);
        var results = items.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(item =>
        {
            answers.TryGetValue(item.Id, out var answer);
            var met = item.FunctionAreaId is { } area ? siteAreaIds.Contains(area) : item.IsMetBy(answer.Met, answer.Value);
            return new AssessmentResult
            {
                ItemId = item.Id,
                Met = met,
                Value = item.Kind == StandardItemKind.Minimum ? answer.Value : null,
                Points = met ? item.Weight : 0,
                Note = answer.Note,
            };
        }).ToList();
        var score = results.Sum(r => r.Points);
        return new SiteAssessment
        {
            StandardId = standard.Id,
            Score = score,
            MaxScore = items.Sum(i => i.Weight),
            PassScore = standard.PassScore,
            Passed = score >= standard.PassScore,
            Results = results,
        };
    }
}

/// <summary>One item's answer in an assessment, with the points it earned.</summary>
public sealed class AssessmentResult
{
    public int ItemId { get; set; }
    public bool Met { get; set; }
    public decimal? Value { get; set; }
    public int Points { get; set; }
    public string? Note { get; set; }
}

public enum AssessmentKind
{
    [Display(Name = "自评")]
    SelfAssessment = 1,

    [Display(Name = "检查评分")]
    Inspection = 2,
}
