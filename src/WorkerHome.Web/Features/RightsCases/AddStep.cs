using System.ComponentModel.DataAnnotations;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using Microsoft.EntityFrameworkCore;

namespace WorkerHome.Features.RightsCases;

/// <summary>A step of handling: what was done or said, and whether the worker sees it.</summary>
public sealed record StepInput
{
    /// <summary>The text, 2 to 2000 characters.</summary>
    [Required(ErrorMessage = "请填写办理记录")]
    [StringLength(RightsCaseStep.MaxTextLength, MinimumLength = 2, ErrorMessage = "办理记录为 2 到 2000 个字")]
    public string Text { get; init; } = "";

    /// <summary>false: an internal note only staff and the assigned volunteer see.</summary>
    public bool VisibleToWorker { get; init; }
}

/// <summary>
/// Adds a step to an open case, by staff of its subtree or by its assigned legal volunteer. The first step after
/// assignment moves the case to 处理中; a step meant for the worker is sent to the worker.
/// </summary>
public sealed class AddStep(AppDbContext db, CaseAccess access, CaseJournal journal, TimeProvider time)
{
    public async Task<Outcome<Done>> ByStaffAsync(int id, StepInput input, CancellationToken ct)
    {
        if (Check(input) is { } problem)
        {
            return problem;
        }
        var opened = await access.StaffAsync(id, ct);
        return opened.Succeeded ? await AddAsync(opened.Value, input, ct) : opened.Problem;
    }

    public async Task<Outcome<Done>> ByVolunteerAsync(int id, StepInput input, CancellationToken ct)
    {
        if (Check(input) is { } problem)
        {
            return problem;
        }
        var opened = await access.VolunteerAsync(id, ct);
        return opened.Succeeded ? await AddAsync(opened.Value.Case, input, ct) : opened.Problem;
    }

    private static AppProblem? Check(StepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text?.Trim() ?? "";
        return text.Length is < 2 or > RightsCaseStep.MaxTextLength ? CommonProblems.Field("text", "办理记录为 2 到 2000 个字") : null;
    }

    private async Task<Outcome<Done>> AddAsync(RightsCase rightsCase, StepInput input, CancellationToken ct)
    {
        if (rightsCase.Status == RightsCaseStatus.Closed)
        {
            return RightsCasesProblems.Closed;
        }
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<Done>(async token =>
        {
            var open = await db.RightsCases.Where(c => c.Id == rightsCase.Id && c.Status != RightsCaseStatus.Closed)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Status, c => c.Status == RightsCaseStatus.Assigned ? RightsCaseStatus.InProgress : c.Status)
                    .SetProperty(c => c.AcknowledgedAt, c => c.AcknowledgedAt ?? now), token);
            if (open != 1)
            {
                return RightsCasesProblems.Closed;
            }
            await journal.StepAsync(rightsCase, RightsStepKind.Note, input.Text.Trim(), input.VisibleToWorker, token);
            journal.Log(rightsCase, input.VisibleToWorker ? "办理记录" : "内部备注", null);
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
