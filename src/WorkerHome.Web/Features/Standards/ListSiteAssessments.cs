using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>A site's assessments, newest first; only for staff covering the site's union.</summary>
public sealed class ListSiteAssessments(AppDbContext db, SiteAccessFinder sites)
{
    public async Task<Outcome<IReadOnlyList<AssessmentView>>> HandleAsync(int siteId, CancellationToken ct)
    {
        if (await sites.FindAsync(siteId, ct) is not { InScope: true })
        {
            return SitesProblems.NotFound;
        }
        return (await AssessmentViews.LoadAsync(db, db.SiteAssessments.Where(a => a.SiteId == siteId), ct)).ToList();
    }
}
