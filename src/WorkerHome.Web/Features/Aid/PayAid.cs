using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Aid;

/// <summary>The payment record.</summary>
public sealed class AidPayInput
{
    /// <summary>Must equal the approved amount (fen).</summary>
    public long AmountFen { get; set; }

    /// <summary>The day paid: not before the notice ends, not in the future.</summary>
    public DateOnly? PaidOn { get; set; }

    public AidPayMethod? Method { get; set; }

    /// <summary>Bank transaction number or receipt number (2–100 characters).</summary>
    public string? Reference { get; set; }
}

/// <summary>
/// Staff in scope record the payment once the public notice is over: the approved amount, the day, the method and a
/// reference. The application becomes 已发放, its yearly re-check falls due a year later, and the worker is told.
/// </summary>
public sealed class PayAid(AppDbContext db, AidAccess access, OperationLogWriter log, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<int>> HandleAsync(int id, AidPayInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var a = await db.AidApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || !await access.AllowAsync(a, ct))
        {
            return AidProblems.NotFound;
        }
        if (a.Status != AidStatus.OnNotice)
        {
            return AidProblems.NotOnNotice;
        }
        var today = time.LocalToday();
        if (a.NoticeEndsOn > today)
        {
            return AidProblems.NoticeNotOver.WithDetail($"公示期至 {a.NoticeEndsOn.Value.AddDays(-1):yyyy-MM-dd}，{a.NoticeEndsOn:yyyy-MM-dd} 起可发放");
        }
        AppProblem? problem = null;
        void Error(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);
        if (input.AmountFen != a.ApprovedFen)
        {
            Error("amountFen", $"发放金额须等于核定金额 {AidProjection.Yuan(a.ApprovedFen ?? 0)}");
        }
        if (input.PaidOn is not { } paidOn || paidOn > today || paidOn < a.NoticeEndsOn)
        {
            Error("paidOn", "发放日期须在公示期满之后且不晚于今天");
        }
        if (input.Method is not { } method || !Enum.IsDefined(method))
        {
            Error("method", "请选择发放方式（银行转账或现金）");
        }
        var reference = input.Reference?.Trim() ?? "";
        if (reference.Length is < 2 or > 100)
        {
            Error("reference", "请填写银行流水号或收据号（2–100个字）");
        }
        if (problem is not null)
        {
            return problem;
        }
        var paid = input.PaidOn!.Value;
        return await db.InTransactionAsync<int>(async token =>
        {
            if (await db.AidApplications.Where(x => x.Id == id && x.Status == AidStatus.OnNotice)
                    .ExecuteUpdateAsync(x => x.SetProperty(p => p.Status, AidStatus.Paid).SetProperty(p => p.PaidFen, input.AmountFen)
                        .SetProperty(p => p.PaidOn, paid).SetProperty(p => p.PayMethod, input.Method).SetProperty(p => p.PayReference, reference)
                        .SetProperty(p => p.RecheckDueOn, paid.AddYears(1)), token) != 1)
            {
                return AidProblems.NotOnNotice;
            }
            log.Add(OperationKind.Updated, nameof(AidApplication), AidAccess.Key(id), a.IdMasked, a.UnionId,
                new { Status = AidStatus.OnNotice }, new { Status = AidStatus.Paid, input.AmountFen, PaidOn = paid, input.Method, Reference = reference });
            if (a.UserId is { } worker)
            {
                notifier.Notify([worker], "帮扶金已发放", $"帮扶金 {AidProjection.Yuan(input.AmountFen)} 已于 {paid:yyyy-MM-dd} 发放。", "/me/aid");
            }
            await db.SaveChangesAsync(token);
            return id;
        }, ct);
    }
}
