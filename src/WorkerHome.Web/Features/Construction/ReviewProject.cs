using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>A review by the level above.</summary>
public sealed record ReviewInput
{
    /// <summary>Review score, 0 to 100; selection ranks by it.</summary>
    [Required(ErrorMessage = "请填写评审得分")]
    [Range(0, 100, ErrorMessage = "评审得分应在 0 到 100 之间")]
    public int? Score { get; set; }

    /// <summary>Comments; required when returning or rejecting.</summary>
    [StringLength(500, ErrorMessage = "评审意见不能超过500字")]
    public string? Comment { get; set; }

    /// <summary><c>pass</c> (评审通过), <c>return</c> (退回修改, back to draft) or <c>reject</c> (不通过).</summary>
    [Required(ErrorMessage = "请选择评审结论")]
    [RegularExpression("^(pass|return|reject)$", ErrorMessage = "评审结论应为 pass、return 或 reject")]
    public string? Decision { get; set; }
}

/// <summary>
/// 评审: only the reviewing union (the level above the applicant) scores a submitted project and passes it to
/// selection, returns it to the applicant to change, or rejects it.
/// </summary>
public sealed class ReviewProject(ProjectFlow flow, GetProject get)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, ReviewInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = CommonProblems.Validation;
        if (input.Score is not (>= 0 and <= 100))
        {
            problem = problem.WithError("score", "评审得分应在 0 到 100 之间");
        }
        if (input.Decision is not ("pass" or "return" or "reject"))
        {
            problem = problem.WithError("decision", "请选择评审结论：通过、退回修改或不通过");
        }
        else if (input.Decision != "pass" && string.IsNullOrWhiteSpace(input.Comment))
        {
            problem = problem.WithError("comment", "退回或不通过时请写明理由");
        }
        var loaded = await flow.LoadAsync(id, ProjectSide.Reviewer, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.Submitted)
        {
            return ProjectFlow.WrongStage(project, "只有已申报的项目可以评审");
        }
        project.ReviewScore = input.Score;
        project.ReviewComment = ProjectRules.Blank(input.Comment);
        var (stage, kind, title) = input.Decision switch
        {
            "pass" => (ProjectStage.Reviewed, ProjectStepKind.Reviewed, "你的项目已通过评审"),
            "return" => (ProjectStage.Draft, ProjectStepKind.Returned, "你的项目被退回修改"),
            _ => (ProjectStage.Rejected, ProjectStepKind.Rejected, "你的项目评审未通过"),
        };
        project.Stage = stage;
        await flow.RecordAsync(project, kind, ProjectSide.Reviewer, input.Comment, ct);
        await flow.NotifyAsync(project, ProjectSide.Applicant, title, $"“{project.Name}”评审得分 {input.Score}。{project.ReviewComment}", ct);
        return await flow.SaveAsync(project, ct) is { } stale ? stale : await get.HandleAsync(id, ct);
    }
}
