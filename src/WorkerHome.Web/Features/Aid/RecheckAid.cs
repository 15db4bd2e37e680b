using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Aid;

/// <summary>The yearly re-check's result.</summary>
public sealed class AidRecheckInput
{
    public AidRecheckResult? Result { get; set; }

    /// <summary>2–200 characters.</summary>
    public string? Note { get; set; }
}

/// <summary>
/// Staff in scope record the yearly re-check (年度复核) of a paid application: 仍困难 moves the next re-check a year
/// on, 已脱困 ends them.
/// </summary>
public sealed class RecheckAid(AppDbContext db, AidAccess access, OperationLogWriter log, TimeProvider time)
{
    public async Task<Outcome<int>> HandleAsync(int id, AidRecheckInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var note = input.Note?.Trim() ?? "";
        AppProblem? problem = null;
        if (input.Result is not { } result || !Enum.IsDefined(result))
        {
            problem = CommonProblems.Field("result", "请选择复核结果（仍困难或已脱困）");
        }
        if (note.Length is < 2 or > 200)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("note", "请填写复核情况（2–200个字）");
        }
        if (problem is not null)
        {
            return problem;
        }
        var a = await db.AidApplications.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || !await access.AllowAsync(a, ct))
        {
            return AidProblems.NotFound;
        }
        if (a.Status != AidStatus.Paid)
        {
            return AidProblems.NotPaid;
        }
        var today = time.LocalToday();
        var before = new { a.RecheckResult, a.RecheckDueOn };
        a.RecheckResult = input.Result;
        a.RecheckNote = note;
        a.RecheckedOn = today;
        a.RecheckDueOn = input.Result == AidRecheckResult.StillInNeed ? today.AddYears(1) : null;
        log.Add(OperationKind.Updated, nameof(AidApplication), AidAccess.Key(id), a.IdMasked, a.UnionId, before,
            new { a.RecheckResult, a.RecheckDueOn, Note = note });
        await db.SaveChangesAsync(ct);
        return id;
    }
}
