using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Funding;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>
/// 提交申报: a draft goes to the level above once it has a budget, a self-assessment, at least one application
/// document, and a funding ledger that adds up and obeys the rules.
/// </summary>
public sealed class SubmitProject(AppDbContext db, ProjectFlow flow, GetProject get, TimeProvider time)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var loaded = await flow.LoadAsync(id, ProjectSide.Applicant, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.Draft)
        {
            return ProjectFlow.WrongStage(project, "只有草稿可以提交申报");
        }
        var missing = ConstructionProblems.NotReady;
        if (project.BudgetFen <= 0)
        {
            missing = missing.WithError("budgetFen", "请填写项目预算");
        }
        if (project.SelfAssessmentId is null)
        {
            missing = missing.WithError("selfAssessment", "请先对照建设标准完成自评");
        }
        if (!await db.ProjectDocuments.AnyAsync(d => d.ProjectId == id && d.Kind == ProjectDocumentKind.Application, ct))
        {
            missing = missing.WithError("documents", "请至少上传一份申报材料");
        }
        if (missing.Errors is { Count: > 0 })
        {
            return missing;
        }
        if (await FundingLedger.ProblemAsync(db, id, ct) is { } funding)
        {
            return funding;
        }
        project.Stage = ProjectStage.Submitted;
        project.SubmittedAt = time.GetUtcNow();
        await flow.RecordAsync(project, ProjectStepKind.Submitted, ProjectSide.Applicant, null, ct);
        await flow.NotifyAsync(project, ProjectSide.Reviewer, "有建设项目待评审", $"“{project.Name}”已提交申报，请评审。", ct);
        return await flow.SaveAsync(project, ct) is { } stale ? stale : await get.HandleAsync(id, ct);
    }
}
