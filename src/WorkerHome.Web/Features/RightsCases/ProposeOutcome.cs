using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.RightsCases;

/// <summary>The outcome the legal volunteer proposes, with a reason.</summary>
public sealed record ProposalInput
{
    /// <summary>Mediated, LegalAid, Arbitration, Litigation or Withdrawn.</summary>
    [Required(ErrorMessage = "请选择建议的结果")]
    public RightsOutcome? Outcome { get; init; }

    /// <summary>Why, up to 500 characters (optional).</summary>
    [StringLength(500, ErrorMessage = "说明不超过 500 字")]
    public string? Text { get; init; }
}

/// <summary>The assigned legal volunteer proposes how the case should end; staff decide when they close it (an internal step).</summary>
public sealed class ProposeOutcome(AppDbContext db, CaseAccess access, CaseJournal journal)
{
    public async Task<Outcome<Done>> HandleAsync(int id, ProposalInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            return CommonProblems.Field("outcome", "请选择建议的结果：调解成功、提供法律援助、申请仲裁、诉讼或撤回");
        }
        var text = input.Text?.Trim() ?? "";
        if (text.Length > 500)
        {
            return CommonProblems.Field("text", "说明不超过 500 字");
        }
        var opened = await access.VolunteerAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var rightsCase = opened.Value.Case;
        return await db.InTransactionAsync<Done>(async token =>
        {
            var set = await db.RightsCases.Where(c => c.Id == id && c.Status != RightsCaseStatus.Closed)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProposedOutcome, outcome), token);
            if (set != 1)
            {
                return RightsCasesProblems.Closed;
            }
            await journal.StepAsync(rightsCase, RightsStepKind.OutcomeProposed, text.Length == 0 ? $"建议结果：{outcome.Chinese()}" : $"建议结果：{outcome.Chinese()}。{text}", false, token);
            journal.Log(rightsCase, "建议结果", new { outcome });
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
