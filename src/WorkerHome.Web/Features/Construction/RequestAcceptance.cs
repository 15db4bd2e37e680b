using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>申请验收: when every milestone is done the applicant asks the reviewer to inspect.</summary>
public sealed class RequestAcceptance(AppDbContext db, ProjectFlow flow, GetProject get)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var loaded = await flow.LoadAsync(id, ProjectSide.Applicant, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.Selected)
        {
            return ProjectFlow.WrongStage(project, "只有已立项的项目可以申请验收");
        }
        var open = await db.ProjectMilestones.Where(m => m.ProjectId == id && m.DoneAt == null).OrderBy(m => m.SortOrder).Select(m => m.Title).ToListAsync(ct);
        if (open.Count > 0 || !await db.ProjectMilestones.AnyAsync(m => m.ProjectId == id, ct))
        {
            return ConstructionProblems.MilestonesOpen.WithDetail(open.Count > 0 ? "未完成：" + string.Join("、", open) : "请先设置并完成建设节点");
        }
        project.Stage = ProjectStage.AwaitingAcceptance;
        await flow.RecordAsync(project, ProjectStepKind.AcceptanceRequested, ProjectSide.Applicant, null, ct);
        await flow.NotifyAsync(project, ProjectSide.Reviewer, "有建设项目申请验收", $"“{project.Name}”节点已全部完成，申请验收。", ct);
        return await flow.SaveAsync(project, ct) is { } stale ? stale : await get.HandleAsync(id, ct);
    }
}
