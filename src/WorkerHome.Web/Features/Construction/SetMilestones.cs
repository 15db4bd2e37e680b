using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Construction;

/// <summary>A selected project's milestones, the whole list.</summary>
public sealed record MilestonesInput
{
    /// <summary>Keep an existing milestone by its id; new ones have none. Done milestones cannot be removed or changed.</summary>
    public List<MilestoneInput> Milestones { get; set; } = [];
}

/// <summary>One milestone.</summary>
public sealed record MilestoneInput
{
    /// <summary>The milestone's id when it already exists.</summary>
    public int? Id { get; set; }

    /// <summary>What is done by then (选址与设计, 装修改造…).</summary>
    [Required(ErrorMessage = "请填写节点名称")]
    [StringLength(100, ErrorMessage = "节点名称不能超过100个字")]
    public string Title { get; set; } = "";

    /// <summary>Planned date (Beijing).</summary>
    [Required(ErrorMessage = "请填写计划完成日期")]
    public DateOnly? DueOn { get; set; }

    /// <summary>Order on the board.</summary>
    public int SortOrder { get; set; }
}

/// <summary>
/// 设置节点: the applicant of a selected project sets its dated milestones (the default template is offered:
/// 选址与设计, 装修改造, 设备配置, 制度上墙与挂牌, 试运行). Done ones stay as they were.
/// </summary>
public sealed class SetMilestones(AppDbContext db, ProjectFlow flow, GetProject get)
{
    public static readonly IReadOnlyList<string> Template = ["选址与设计", "装修改造", "设备配置", "制度上墙与挂牌", "试运行"];

    /// <summary>The template with a date a month apart from today, for a form to start from.</summary>
    public static List<MilestoneInput> Suggest(DateOnly today) =>
        Template.Select((title, i) => new MilestoneInput { Title = title, DueOn = today.AddMonths(i + 1), SortOrder = (i + 1) * 10 }).ToList();

    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, MilestonesInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await flow.LoadAsync(id, ProjectSide.Applicant, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.Selected)
        {
            return ProjectFlow.WrongStage(project, "立项后、申请验收前才能设置节点");
        }
        var existing = await db.ProjectMilestones.Where(m => m.ProjectId == id).ToListAsync(ct);
        var evidenced = await db.ProjectDocuments.Where(d => d.ProjectId == id && d.MilestoneId != null).Select(d => d.MilestoneId!.Value).Distinct().ToListAsync(ct);
        var problem = CommonProblems.Validation;
        if (input.Milestones.Count == 0)
        {
            problem = problem.WithError("milestones", "请至少设置一个节点");
        }
        for (var i = 0; i < input.Milestones.Count; i++)
        {
            var m = input.Milestones[i];
            if (string.IsNullOrWhiteSpace(m.Title) || m.Title.Trim().Length > 100)
            {
                problem = problem.WithError($"milestones[{i}].title", "请填写节点名称（不超过100个字）");
            }
            if (m.DueOn is null)
            {
                problem = problem.WithError($"milestones[{i}].dueOn", "请填写计划完成日期");
            }
            if (m.Id is { } mid && existing.FirstOrDefault(e => e.Id == mid) is not { } found)
            {
                problem = problem.WithError($"milestones[{i}].id", "该节点不属于本项目");
            }
            else if (m.Id is not null && existing.First(e => e.Id == m.Id).DoneAt is not null
                && (existing.First(e => e.Id == m.Id).Title != m.Title.Trim() || existing.First(e => e.Id == m.Id).DueOn != m.DueOn))
            {
                problem = problem.WithError($"milestones[{i}]", "已完成的节点不能修改");
            }
        }
        if (input.Milestones.Where(m => m.Id is not null).GroupBy(m => m.Id).Any(g => g.Count() > 1))
        {
            problem = problem.WithError("milestones", "同一节点只能出现一次");
        }
        var kept = input.Milestones.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToHashSet();
        foreach (var gone in existing.Where(e => !kept.Contains(e.Id)))
        {
            if (gone.DoneAt is not null || evidenced.Contains(gone.Id))
            {
                problem = problem.WithError("milestones", $"节点“{gone.Title}”已完成或已有佐证，不能删除");
            }
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        db.ProjectMilestones.RemoveRange(existing.Where(e => !kept.Contains(e.Id)));
        foreach (var m in input.Milestones)
        {
            var milestone = m.Id is { } mid ? existing.First(e => e.Id == mid) : db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = id }).Entity;
            milestone.Title = m.Title.Trim();
            milestone.DueOn = m.DueOn!.Value;
            milestone.SortOrder = m.SortOrder;
        }
        return await flow.SaveAsync(project, ct) is { } stale ? stale : await get.HandleAsync(id, ct);
    }
}
