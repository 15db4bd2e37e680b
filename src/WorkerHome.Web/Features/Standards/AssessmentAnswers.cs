using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>An assessor's answer to one checklist item: met or not for a check item, the measured value for a minimum item.</summary>
public sealed record AssessmentAnswer(
    int ItemId,
    bool? Met,
    [property: Range(0, 1_000_000, ErrorMessage = "数值应在 0 到 1000000 之间")] decimal? Value,
    [property: StringLength(200, ErrorMessage = "说明不能超过 200 字")] string? Note);

/// <summary>
/// Turns answers into a scored assessment of a site against the standard for a form and rating: every item of the
/// standard must be answered (function-area items excepted: the site's areas answer them). Used by site assessments
/// (Standards) and by a project's self-assessment and acceptance inspection (Construction); the caller saves.
/// </summary>
public static class AssessmentAnswers
{
    public static readonly AppProblem NoStandard = new("no_standard", "该形态和级别还没有适用的建设标准", 409);

    public static async Task<Outcome<SiteAssessment>> MeasureAsync(AppDbContext db, int siteId, SiteForm form, SiteRating rating,
        IReadOnlyList<AssessmentAnswer>? answers, AssessorStamp stamp, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stamp);
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId && s.DeletedAt == null)
            .Select(s => new { s.UnionId, s.FunctionAreaIds }).SingleOrDefaultAsync(ct);
        if (site is null)
        {
            return CommonProblems.NotFound;
        }
        var standard = await StandardOf.FindAsync(db, site.UnionId, form, rating, ct);
        if (standard is null)
        {
            return NoStandard;
        }
        var items = await db.StandardItems.AsNoTracking().Where(i => i.StandardId == standard.Id).ToListAsync(ct);
        answers ??= [];
        var problem = CommonProblems.Validation;
        var invalid = false;
        foreach (var (answer, index) in answers.Select((a, i) => (a, i)))
        {
            if (items.All(i => i.Id != answer.ItemId))
            {
                problem = problem.WithError($"answers[{index}].itemId", "不是该建设标准的检查项");
                invalid = true;
            }
        }
        if (answers.GroupBy(a => a.ItemId).Any(g => g.Count() > 1))
        {
            problem = problem.WithError("answers", "同一检查项只能回答一次");
            invalid = true;
        }
        foreach (var item in items.Where(i => i.FunctionAreaId is null).OrderBy(i => i.SortOrder))
        {
            var answer = answers.FirstOrDefault(a => a.ItemId == item.Id);
            var missing = item.Kind == StandardItemKind.Minimum ? answer?.Value is null : answer?.Met is null;
            if (missing)
            {
                problem = problem.WithError($"item{item.Id}", item.Kind == StandardItemKind.Minimum
                    ? $"请填写“{item.Title}”的数值"
                    : $"请确认“{item.Title}”是否达标");
                invalid = true;
            }
        }
        if (invalid)
        {
            return problem;
        }
        var assessment = SiteAssessment.Measure(standard, items,
            answers.ToDictionary(a => a.ItemId, a => (a.Met, a.Value, a.Note?.Trim() is { Length: > 0 } note ? note : null)),
            site.FunctionAreaIds);
        assessment.SiteId = siteId;
        assessment.UnionId = site.UnionId;
        assessment.Kind = stamp.Kind;
        assessment.ProjectId = stamp.ProjectId;
        assessment.Comment = stamp.Comment?.Trim() is { Length: > 0 } comment ? comment : null;
        assessment.AssessedBy = stamp.UserId;
        assessment.AssessorName = stamp.Name;
        assessment.AssessorUnionId = stamp.UnionId;
        assessment.AssessedAt = stamp.At;
        return assessment;
    }
}

/// <summary>Who made an assessment, for which union, of which kind, when, with what remark, and for which project if any.</summary>
public sealed record AssessorStamp(AssessmentKind Kind, Guid UserId, string Name, int UnionId, DateTimeOffset At, string? Comment, int? ProjectId = null);

/// <summary>What the console's assessment form hands back: the answers and the assessor's remark.</summary>
public sealed record AssessmentSubmission(IReadOnlyList<AssessmentAnswer> Answers, string? Comment);
