using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>A note on a finished milestone.</summary>
public sealed record MilestoneDoneInput
{
    /// <summary>What was done (optional).</summary>
    [StringLength(500, ErrorMessage = "说明不能超过500字")]
    public string? Note { get; set; }
}

/// <summary>完成节点: the applicant marks a milestone done once at least one piece of evidence is uploaded for it.</summary>
public sealed class CompleteMilestone(AppDbContext db, ProjectFlow flow, CurrentUser user, GetProject get, TimeProvider time)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, int milestoneId, MilestoneDoneInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await flow.LoadAsync(id, ProjectSide.Applicant, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        var milestone = await db.ProjectMilestones.FirstOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == id, ct);
        if (milestone is null)
        {
            return ConstructionProblems.MilestoneNotFound;
        }
        if (project.Stage != ProjectStage.Selected)
        {
            return ProjectFlow.WrongStage(project, "立项后、申请验收前才能完成节点");
        }
        if (milestone.DoneAt is not null)
        {
            return CommonProblems.Conflict.WithDetail($"节点“{milestone.Title}”已经完成");
        }
        if (!await db.ProjectDocuments.AnyAsync(d => d.MilestoneId == milestoneId && d.Kind == ProjectDocumentKind.Evidence, ct))
        {
            return ConstructionProblems.EvidenceMissing.WithError("file", $"请先为“{milestone.Title}”上传佐证材料（照片或文件）");
        }
        milestone.DoneAt = time.GetUtcNow();
        milestone.DoneBy = user.UserId;
        milestone.Note = ProjectRules.Blank(input.Note);
        await flow.RecordAsync(project, ProjectStepKind.MilestoneDone, ProjectSide.Applicant, milestone.Title + (milestone.Note is null ? "" : "：" + milestone.Note), ct);
        return await flow.SaveAsync(project, ct) is { } stale ? stale : await get.HandleAsync(id, ct);
    }
}
