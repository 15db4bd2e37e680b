using System.ComponentModel.DataAnnotations;
using WorkerHome.Data;
using WorkerHome.Features.Standards;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>Answers to the standard's checklist, with a comment.</summary>
public sealed record ProjectAnswers
{
    /// <summary>One answer per checklist item (function-area items are answered by the site's own areas).</summary>
    public List<AssessmentAnswer> Answers { get; set; } = [];

    /// <summary>The assessor's overall remark.</summary>
    [StringLength(500, ErrorMessage = "说明不能超过500字")]
    public string? Comment { get; set; }
}

/// <summary>
/// The applicant measures its draft project's site against the standard for the project's form and rating (自评);
/// the latest self-assessment is the one the application carries.
/// </summary>
public sealed class SelfAssessProject(AppDbContext db, ProjectFlow flow, GetProject get)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, ProjectAnswers input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await flow.LoadAsync(id, ProjectSide.Applicant, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.Draft)
        {
            return ProjectFlow.WrongStage(project, "只有草稿可以自评");
        }
        var measured = await flow.MeasureAsync(project, ProjectSide.Applicant, input, ct);
        if (!measured.Succeeded)
        {
            return measured.Problem;
        }
        var assessment = measured.Value;
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            db.SiteAssessments.Add(assessment);
            await db.SaveChangesAsync(token);
            project.SelfAssessmentId = assessment.Id;
            return await flow.SaveAsync(project, token) is { } stale ? stale : Done.Value;
        }, ct);
        return outcome.Succeeded ? await get.HandleAsync(id, ct) : outcome.Problem;
    }
}
