using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Standards;

/// <summary>One item's result in an assessment.</summary>
/// <param name="ItemId">The item (it may since have been removed from the standard).</param>
/// <param name="Category">Its heading, or empty when removed.</param>
/// <param name="Title">Its title, or “（检查项已删除）”.</param>
/// <param name="Met">Whether it was met.</param>
/// <param name="Value">The measured value of a minimum item.</param>
/// <param name="Points">Points earned.</param>
/// <param name="Note">The assessor's note.</param>
public sealed record AssessmentResultView(int ItemId, string Category, string Title, bool Met, decimal? Value, int Points, string? Note);

/// <summary>A site assessment as shown.</summary>
/// <param name="Id">Assessment id.</param>
/// <param name="SiteId">The site.</param>
/// <param name="Kind">SelfAssessment or Inspection.</param>
/// <param name="KindName">Kind in Chinese.</param>
/// <param name="StandardId">The standard measured against.</param>
/// <param name="StandardName">Its name.</param>
/// <param name="ProjectId">The construction project it belongs to, if any.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points possible.</param>
/// <param name="PassScore">Points needed.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Comment">The assessor's comment.</param>
/// <param name="AssessorName">Who assessed.</param>
/// <param name="AssessorUnionName">For which union.</param>
/// <param name="AssessedAt">When.</param>
/// <param name="AssessedAtText">When, in Beijing time.</param>
/// <param name="Results">Item by item.</param>
public sealed record AssessmentView(int Id, int SiteId, AssessmentKind Kind, string KindName, int StandardId, string StandardName, int? ProjectId,
    int Score, int MaxScore, int PassScore, bool Passed, string? Comment, string AssessorName, string AssessorUnionName,
    DateTimeOffset AssessedAt, string AssessedAtText, IReadOnlyList<AssessmentResultView> Results);

internal static class AssessmentViews
{
    public const string RemovedItem = "（检查项已删除）";

    public static async Task<IReadOnlyList<AssessmentView>> LoadAsync(AppDbContext db, IQueryable<SiteAssessment> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .Select(a => new
            {
                Assessment = a,
                Standard = db.Standards.Where(s => s.Id == a.StandardId).Select(s => s.Name).First(),
                Union = db.Unions.Where(u => u.Id == a.AssessorUnionId).Select(u => u.Name).First(),
            })
            .ToListAsync(ct);
        var itemIds = rows.SelectMany(r => r.Assessment.Results.Select(x => x.ItemId)).Distinct().ToList();
        var items = await db.StandardItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => (i.Category, i.Title, i.SortOrder), ct);
        return rows
            .OrderByDescending(r => r.Assessment.AssessedAt).ThenByDescending(r => r.Assessment.Id)
            .Select(r => new AssessmentView(r.Assessment.Id, r.Assessment.SiteId, r.Assessment.Kind, r.Assessment.Kind.Chinese(),
                r.Assessment.StandardId, r.Standard, r.Assessment.ProjectId, r.Assessment.Score, r.Assessment.MaxScore,
                r.Assessment.PassScore, r.Assessment.Passed, r.Assessment.Comment, r.Assessment.AssessorName, r.Union,
                r.Assessment.AssessedAt, ChinaTime.FormatStamp(r.Assessment.AssessedAt),
                r.Assessment.Results
                    .OrderBy(x => items.TryGetValue(x.ItemId, out var item) ? item.SortOrder : int.MaxValue).ThenBy(x => x.ItemId)
                    .Select(x => items.TryGetValue(x.ItemId, out var item)
                        ? new AssessmentResultView(x.ItemId, item.Category, item.Title, x.Met, x.Value, x.Points, x.Note)
                        : new AssessmentResultView(x.ItemId, "", RemovedItem, x.Met, x.Value, x.Points, x.Note))
                    .ToList()))
            .ToList();
    }
}
