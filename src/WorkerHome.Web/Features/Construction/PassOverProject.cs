using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>Why a reviewed project was not selected this year.</summary>
public sealed record PassOverInput
{
    /// <summary>The reason, told to the applicant.</summary>
    [Required(ErrorMessage = "请写明未入选的理由")]
    [StringLength(500, ErrorMessage = "理由不能超过500字")]
    public string? Comment { get; set; }
}

/// <summary>未入选: the reviewer leaves a reviewed project out of this year's selection, saying why.</summary>
public sealed class PassOverProject(ProjectFlow flow, GetProject get)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, PassOverInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await flow.LoadAsync(id, ProjectSide.Reviewer, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        if (string.IsNullOrWhiteSpace(input.Comment))
        {
            return CommonProblems.Field("comment", "请写明未入选的理由");
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.Reviewed)
        {
            return ProjectFlow.WrongStage(project, "只有已评审的项目可以择优确定");
        }
        project.Stage = ProjectStage.NotSelected;
        await flow.RecordAsync(project, ProjectStepKind.NotSelected, ProjectSide.Reviewer, input.Comment, ct);
        await flow.NotifyAsync(project, ProjectSide.Applicant, "你的项目本年度未入选", $"“{project.Name}”：{input.Comment.Trim()}", ct);
        return await flow.SaveAsync(project, ct) is { } stale ? stale : await get.HandleAsync(id, ct);
    }
}
