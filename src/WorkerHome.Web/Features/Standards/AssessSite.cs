using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>An assessment of a site outside a construction project.</summary>
public sealed class AssessSiteRequest
{
    /// <summary>SelfAssessment (by the site's own union) or Inspection (by the level above).</summary>
    [Required(ErrorMessage = "请选择自评或检查评分")]
    public AssessmentKind? Kind { get; set; }

    /// <summary>One answer per item of the standard (function-area items are answered by the site's areas).</summary>
    public List<AssessmentAnswer> Answers { get; set; } = [];

    /// <summary>The assessor's overall comment.</summary>
    [StringLength(500, ErrorMessage = "评语不能超过500个字")]
    public string? Comment { get; set; }
}

/// <summary>
/// Staff measure a site against the standard for its form and rating: a self-assessment by staff covering the site's
/// union, or an inspection by staff covering the union above it (a township never inspects its own site).
/// </summary>
public sealed class AssessSite(AppDbContext db, SiteAccessFinder sites, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<AssessmentView>> HandleAsync(int siteId, AssessSiteRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await sites.FindAsync(siteId, ct);
        if (found is null)
        {
            return SitesProblems.NotFound;
        }
        if (!found.InScope)
        {
            return StandardsProblems.AssessmentOutOfScope;
        }
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return CommonProblems.Field("kind", "请选择自评或检查评分");
        }
        if (kind == AssessmentKind.Inspection && found.InspectorUnionId is null)
        {
            return StandardsProblems.InspectionByLevelAbove;
        }
        var userId = user.UserId!.Value;
        var stamp = new AssessorStamp(kind, userId, await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(ct),
            kind == AssessmentKind.Inspection ? found.InspectorUnionId!.Value : found.Site.UnionId, time.GetUtcNow(), request.Comment);
        var measured = await AssessmentAnswers.MeasureAsync(db, siteId, found.Site.Form, found.Site.Rating, request.Answers, stamp, ct);
        if (!measured.Succeeded)
        {
            return measured.Problem;
        }
        var assessment = measured.Value;
        db.SiteAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return (await AssessmentViews.LoadAsync(db, db.SiteAssessments.Where(a => a.Id == assessment.Id), ct))[0];
    }
}
