using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>
/// 验收: the reviewer inspects the site against the standard. Passed: the project is accepted and the site operates
/// with the project's form and rating (workers see it). Failed: the project goes back to building, with the items
/// it missed in the history.
/// </summary>
public sealed class InspectProject(AppDbContext db, ProjectFlow flow, GetProject get)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, ProjectAnswers input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await flow.LoadAsync(id, ProjectSide.Reviewer, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.AwaitingAcceptance)
        {
            return ProjectFlow.WrongStage(project, "只有待验收的项目可以验收评分");
        }
        var measured = await flow.MeasureAsync(project, ProjectSide.Reviewer, input, ct);
        if (!measured.Succeeded)
        {
            return measured.Problem;
        }
        var assessment = measured.Value;
        var now = assessment.AssessedAt;
        var missedIds = assessment.Results.Where(r => !r.Met).Select(r => r.ItemId).ToList();
        var missed = await db.StandardItems.AsNoTracking().Where(i => missedIds.Contains(i.Id)).OrderBy(i => i.SortOrder).Select(i => i.Title).ToListAsync(ct);
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            db.SiteAssessments.Add(assessment);
            await db.SaveChangesAsync(token);
            var score = $"验收得分 {assessment.Score}/{assessment.MaxScore}（合格线 {assessment.PassScore}）";
            if (assessment.Passed)
            {
                project.Stage = ProjectStage.Accepted;
                project.AcceptanceAssessmentId = assessment.Id;
                project.AcceptedAt = now;
                var site = await db.Sites.SingleAsync(s => s.Id == project.SiteId, token);
                site.Status = SiteStatus.Operating;
                site.Rating = project.Rating;
                site.Form = project.Form;
                site.Version++;
                site.UpdatedAt = now;
                await flow.RecordAsync(project, ProjectStepKind.Accepted, ProjectSide.Reviewer, Join(score, assessment.Comment), token);
                await flow.NotifyAsync(project, ProjectSide.Applicant, "你的项目已通过验收", $"“{project.Name}”{score}，阵地已投入运营。", token);
            }
            else
            {
                project.Stage = ProjectStage.Selected;
                var gaps = missed.Count > 0 ? "未达标：" + string.Join("、", missed) : null;
                await flow.RecordAsync(project, ProjectStepKind.AcceptanceFailed, ProjectSide.Reviewer, Join(score, gaps, assessment.Comment), token);
                await flow.NotifyAsync(project, ProjectSide.Applicant, "你的项目验收未通过", $"“{project.Name}”{score}。{gaps}", token);
            }
            return await flow.SaveAsync(project, token) is { } stale ? stale : Done.Value;
        }, ct);
        return outcome.Succeeded ? await get.HandleAsync(id, ct) : outcome.Problem;
    }

    private static string Join(params string?[] parts)
    {
        var text = string.Join("；", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length > 500 ? text[..500] : text;
    }
}
