using System.ComponentModel.DataAnnotations;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.RightsCases;

/// <summary>How the case ended.</summary>
public sealed record CloseInput
{
    /// <summary>Mediated (调解成功), LegalAid (提供法律援助), Arbitration (申请仲裁), Litigation (诉讼), Withdrawn (撤回).</summary>
    [Required(ErrorMessage = "请选择办结结果")]
    public RightsOutcome? Outcome { get; init; }

    /// <summary>A word to the worker (optional, up to 500 characters).</summary>
    [StringLength(500, ErrorMessage = "办结说明不超过 500 字")]
    public string? Text { get; init; }

    /// <summary>The case's version as last seen.</summary>
    [Required(ErrorMessage = "请提供诉求的版本号（version）")]
    public int? Version { get; init; }
}

/// <summary>Staff close an open case with an outcome; the worker is told and may then rate it.</summary>
public sealed class CloseCase(AppDbContext db, CaseAccess access, CaseJournal journal, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int id, CloseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            return CommonProblems.Field("outcome", "请选择办结结果：调解成功、提供法律援助、申请仲裁、诉讼或撤回");
        }
        var text = input.Text?.Trim() ?? "";
        if (text.Length > 500)
        {
            return CommonProblems.Field("text", "办结说明不超过 500 字");
        }
        var opened = await access.StaffAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var rightsCase = opened.Value;
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<Done>(async token =>
        {
            var problem = await CaseChange.ApplyAsync(db, rightsCase, input.Version, now, s => s
                .SetProperty(c => c.Status, RightsCaseStatus.Closed)
                .SetProperty(c => c.Outcome, outcome)
                .SetProperty(c => c.ClosedAt, now), token);
            if (problem is not null)
            {
                return problem;
            }
            var sentence = text.Length == 0 ? $"已办结：{outcome.Chinese()}" : $"已办结：{outcome.Chinese()}。{text}";
            await journal.StepAsync(rightsCase, RightsStepKind.Closed, sentence, true, token);
            journal.Log(rightsCase, "办结", new { outcome });
            journal.Tell(rightsCase, $"维权诉求 {rightsCase.Number} 已办结", sentence + " 欢迎对办理情况进行评价。");
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
