using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Standards;

/// <summary>The score of one assessment, in brief.</summary>
/// <param name="Id">Assessment id.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points possible.</param>
/// <param name="PassScore">Points needed.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="AssessorName">Who.</param>
/// <param name="AssessorUnionName">For which union.</param>
/// <param name="AssessedAtText">When, in Beijing time.</param>
public sealed record AssessmentBrief(int Id, int Score, int MaxScore, int PassScore, bool Passed, string AssessorName, string AssessorUnionName, string AssessedAtText);

/// <summary>An item a site misses.</summary>
/// <param name="ItemId">Item id.</param>
/// <param name="Category">Heading.</param>
/// <param name="Title">Title, or “（检查项已删除）”.</param>
/// <param name="Rule">The requirement in short (≥ 200 平方米, 须有功能区“职工书屋”).</param>
/// <param name="Weight">Points lost.</param>
/// <param name="Source">Why it is listed: 最近一次自评, 最近一次检查评分, or 当前功能区 (the site lacks the area now).</param>
public sealed record MissedItem(int ItemId, string Category, string Title, string Rule, int Weight, string Source);

/// <summary>How a site stands against its standard.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="SiteName">Its name.</param>
/// <param name="UnionName">Its union.</param>
/// <param name="Form">Site form.</param>
/// <param name="FormName">Form in Chinese.</param>
/// <param name="Rating">Site rating.</param>
/// <param name="RatingName">Rating in Chinese.</param>
/// <param name="Standard">The standard that applies now, or null when none does.</param>
/// <param name="Items">That standard's items (for an assessment form).</param>
/// <param name="SiteAreaIds">The site's function areas now (they answer function-area items).</param>
/// <param name="LatestSelfAssessment">The latest self-assessment.</param>
/// <param name="LatestInspection">The latest inspection.</param>
/// <param name="Missed">Items missed per the latest assessment, and function-area items the site lacks now.</param>
/// <param name="CanSelfAssess">The caller may make a self-assessment.</param>
/// <param name="CanInspect">The caller may make an inspection (they act for a union above the site's).</param>
public sealed record StandardCheck(int SiteId, string SiteName, string UnionName, SiteForm Form, string FormName, SiteRating Rating, string RatingName,
    StandardSummary? Standard, IReadOnlyList<StandardItemView> Items, IReadOnlyList<int> SiteAreaIds,
    AssessmentBrief? LatestSelfAssessment, AssessmentBrief? LatestInspection, IReadOnlyList<MissedItem> Missed, bool CanSelfAssess, bool CanInspect);

/// <summary>Which standard applies to a site, its latest scores and what it misses; only for staff covering the site's union.</summary>
public sealed class GetStandardCheck(AppDbContext db, SiteAccessFinder sites, StandardQueries queries)
{
    public async Task<Outcome<StandardCheck>> HandleAsync(int siteId, CancellationToken ct)
    {
        if (await sites.FindAsync(siteId, ct) is not { InScope: true } found)
        {
            return SitesProblems.NotFound;
        }
        var site = found.Site;
        var applies = await StandardOf.FindAsync(db, site.UnionId, site.Form, site.Rating, ct);
        StandardSummary? standard = null;
        IReadOnlyList<StandardItemView> items = [];
        if (applies is not null)
        {
            var (_, access) = await queries.VisibleAsync(ct);
            standard = (await queries.SummariesAsync(db.Standards.AsNoTracking().Where(s => s.Id == applies.Id), access, ct))[0];
            items = await queries.ItemsAsync(applies.Id, ct);
        }
        var recent = db.SiteAssessments.Where(a => a.SiteId == siteId);
        var latestSelf = await LatestAsync(recent.Where(a => a.Kind == AssessmentKind.SelfAssessment), ct);
        var latestInspection = await LatestAsync(recent.Where(a => a.Kind == AssessmentKind.Inspection), ct);
        var latest = new[] { latestSelf, latestInspection }.Where(a => a is not null)
            .OrderByDescending(a => a!.AssessedAt).ThenByDescending(a => a!.Id).FirstOrDefault();

        var missed = new List<MissedItem>();
        if (latest is not null)
        {
            var source = latest.Kind == AssessmentKind.Inspection ? "最近一次检查评分" : "最近一次自评";
            var answered = await queries.ItemsAsync(latest.StandardId, ct);
            missed.AddRange(latest.Results.Where(r => !r.Met).Select(r => answered.FirstOrDefault(i => i.Id == r.ItemId) is { } item
                ? new MissedItem(item.Id, item.Category, item.Title, item.RuleText, item.Weight, source)
                : new MissedItem(r.ItemId, "", AssessmentViews.RemovedItem, "", 0, source)));
        }
        foreach (var item in items.Where(i => i.FunctionAreaId is { } area && !site.FunctionAreaIds.Contains(area)))
        {
            if (missed.All(m => m.ItemId != item.Id))
            {
                missed.Add(new MissedItem(item.Id, item.Category, item.Title, item.RuleText, item.Weight, "当前功能区"));
            }
        }
        var assessorIds = new[] { latestSelf?.AssessorUnionId, latestInspection?.AssessorUnionId }.OfType<int>().ToList();
        var assessors = await db.Unions.Where(u => assessorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        AssessmentBrief? Brief(SiteAssessment? a) => a is null ? null : new AssessmentBrief(a.Id, a.Score, a.MaxScore, a.PassScore, a.Passed,
            a.AssessorName, assessors[a.AssessorUnionId], ChinaTime.FormatStamp(a.AssessedAt));
        return new StandardCheck(site.Id, site.Name, found.UnionName, site.Form, site.Form.Chinese(), site.Rating, site.Rating.Chinese(),
            standard, items, site.FunctionAreaIds, Brief(latestSelf), Brief(latestInspection), missed,
            applies is not null, applies is not null && found.InspectorUnionId is not null);
    }

    private static async Task<SiteAssessment?> LatestAsync(IQueryable<SiteAssessment> query, CancellationToken ct) =>
        await query.AsNoTracking().OrderByDescending(a => a.AssessedAt).ThenByDescending(a => a.Id).FirstOrDefaultAsync(ct);
}
