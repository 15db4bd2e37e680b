using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>
/// The applicant edits a draft (also one returned by the reviewer). A change of rating may change the reviewing
/// union; a site still planned for this project follows the project's form and rating.
/// </summary>
public sealed class UpdateProject(AppDbContext db, ProjectFlow flow, GetProject get)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, ProjectEdit input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await flow.LoadAsync(id, ProjectSide.Applicant, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        if (input.Version is not { } version)
        {
            return ConstructionProblems.VersionRequired;
        }
        if (version != project.Version)
        {
            return CommonProblems.StaleVersion.WithDetail($"您编辑的是第 {version} 版，当前为第 {project.Version} 版");
        }
        if (project.Stage != ProjectStage.Draft)
        {
            return ProjectFlow.WrongStage(project, "只有草稿可以修改");
        }
        if (ProjectRules.Check(input) is { } problem)
        {
            return problem;
        }
        var applicant = await db.Unions.AsNoTracking().SingleAsync(u => u.Id == project.UnionId, ct);
        var unions = await ProjectUnions.ResolveAsync(db, applicant, input.Rating!.Value, ct);
        if (!unions.Succeeded)
        {
            return unions.Problem;
        }
        if (project.Form != input.Form || project.Rating != input.Rating)
        {
            // The self-assessment measured the site against the old form and rating's standard.
            project.SelfAssessmentId = null;
        }
        project.Year = input.Year;
        project.Name = input.Name.Trim();
        project.Form = input.Form!.Value;
        project.Rating = input.Rating.Value;
        project.ReviewerUnionId = unions.Value.ReviewerUnionId;
        project.BudgetFen = input.BudgetFen;
        project.RequestedSubsidyFen = input.RequestedSubsidyFen;
        project.Description = ProjectRules.Blank(input.Description);
        var site = await db.Sites.SingleAsync(s => s.Id == project.SiteId, ct);
        if (site.Status == SiteStatus.Planned && (site.Form != project.Form || site.Rating != project.Rating))
        {
            site.Form = project.Form;
            site.Rating = project.Rating;
            site.Version++;
        }
        if (await flow.SaveAsync(project, ct) is { } stale)
        {
            return stale;
        }
        return await get.HandleAsync(id, ct);
    }
}
