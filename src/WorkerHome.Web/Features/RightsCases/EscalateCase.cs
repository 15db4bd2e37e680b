using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

/// <summary>Why the case goes up.</summary>
public sealed record EscalateInput
{
    /// <summary>The reason, 2 to 500 characters.</summary>
    [Required(ErrorMessage = "请填写上报原因")]
    [StringLength(500, MinimumLength = 2, ErrorMessage = "上报原因为 2 到 500 个字")]
    public string Reason { get; init; } = "";

    /// <summary>The case's version as last seen.</summary>
    [Required(ErrorMessage = "请提供诉求的版本号（version）")]
    public int? Version { get; init; }
}

/// <summary>
/// Staff escalate an open case to the parent union: the case's union becomes the parent (so the parent's staff see it
/// and the lower union's staff no longer do, unless their scope covers the parent); the step keeps the history.
/// </summary>
public sealed class EscalateCase(AppDbContext db, CaseAccess access, CaseJournal journal, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int id, EscalateInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 500)
        {
            return CommonProblems.Field("reason", "上报原因为 2 到 500 个字");
        }
        var opened = await access.StaffAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var rightsCase = opened.Value;
        var from = await db.Unions.AsNoTracking().Where(u => u.Id == rightsCase.UnionId).Select(u => new { u.Name, u.ParentId }).SingleAsync(ct);
        if (from.ParentId is not { } parentId)
        {
            return RightsCasesProblems.NoParent;
        }
        var parentName = await db.Unions.Where(u => u.Id == parentId).Select(u => u.Name).SingleAsync(ct);
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<Done>(async token =>
        {
            var problem = await CaseChange.ApplyAsync(db, rightsCase, input.Version, now, s => s.SetProperty(c => c.UnionId, parentId), token);
            if (problem is not null)
            {
                return problem;
            }
            await journal.StepAsync(rightsCase, RightsStepKind.Escalated, $"由{from.Name}上报至{parentName}：{reason}", true, token);
            journal.Log(rightsCase, "上报", new { FromUnionId = rightsCase.UnionId, ToUnionId = parentId, reason });
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
