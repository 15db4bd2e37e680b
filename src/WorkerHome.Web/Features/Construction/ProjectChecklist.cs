using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Standards;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>
/// The standard a project is measured against, as a form to answer. Check items are answered met or not, minimum
/// items with a value; items naming a function area are answered by the site's own areas (<paramref name="SiteAreaIds"/>).
/// </summary>
public sealed record ProjectChecklist(int StandardId, string StandardName, int PassScore, int MaxScore, IReadOnlyList<StandardItemView> Items,
    IReadOnlyList<int> SiteAreaIds);

/// <summary>The checklist for a project's self-assessment or inspection: the standard for its site, form and rating.</summary>
public sealed class GetProjectChecklist(AppDbContext db, ProjectFlow flow, StandardQueries standards)
{
    public async Task<Outcome<ProjectChecklist>> HandleAsync(int id, CancellationToken ct)
    {
        var project = await db.ConstructionProjects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return ConstructionProblems.NotFound;
        }
        var (applicant, reviewer) = await flow.SidesAsync(project.UnionId, project.ReviewerUnionId, ct);
        if (!applicant && !reviewer)
        {
            return ConstructionProblems.NotFound;
        }
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == project.SiteId).Select(s => new { s.UnionId, s.FunctionAreaIds }).SingleAsync(ct);
        var standard = await StandardOf.FindAsync(db, site.UnionId, project.Form, project.Rating, ct);
        if (standard is null)
        {
            return AssessmentAnswers.NoStandard;
        }
        var items = await standards.ItemsAsync(standard.Id, ct);
        return new ProjectChecklist(standard.Id, standard.Name, standard.PassScore, items.Sum(i => i.Weight), items, site.FunctionAreaIds);
    }
}
