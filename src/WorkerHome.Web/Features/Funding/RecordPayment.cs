using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Money;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Funding;

/// <summary>A payment as the funder's staff record it.</summary>
public sealed record PaymentInput
{
    /// <summary>The project milestone the money pays for; it must be done.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择拨付对应的项目节点")]
    public int MilestoneId { get; set; }

    /// <summary>The amount in whole fen, more than zero and within what is left of the line.</summary>
    [Range(1, 100_000_000_000, ErrorMessage = "拨付金额应大于 0")]
    public long AmountFen { get; set; }

    /// <summary>The day the money was paid (not in the future).</summary>
    [Required(ErrorMessage = "请填写拨付日期")]
    public DateOnly? PaidOn { get; set; }

    /// <summary>The accounting voucher number (凭证号).</summary>
    [StringLength(40, ErrorMessage = "凭证号不能超过40个字")]
    public string? Voucher { get; set; }
}

/// <summary>
/// The funder's staff pay part of a line against a done milestone of a selected project. The line's paid amount is
/// raised by one conditional statement in the same transaction as the payment row, so payments entered at the same
/// moment can never together pass the approval; the one that would is refused and nothing of it is saved.
/// </summary>
public sealed class RecordPayment(AppDbContext db, DataScope scope, CurrentUser user, TimeProvider time, IOptions<FundingOptions> options)
{
    public static bool Payable(ProjectStage stage) => stage is ProjectStage.Selected or ProjectStage.AwaitingAcceptance or ProjectStage.Accepted;

    public async Task<Outcome<PaymentItem>> HandleAsync(int lineId, PaymentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var line = await db.FundingLines.AsNoTracking().Where(l => l.Id == lineId)
            .Select(l => new
            {
                l.ProjectId, l.Source,
                Funder = db.Unions.Where(u => u.Id == l.FunderUnionId).Select(u => new { u.Name, u.Path }).Single(),
                Stage = db.ConstructionProjects.Where(p => p.Id == l.ProjectId).Select(p => p.Stage).Single(),
            })
            .SingleOrDefaultAsync(ct);
        if (line is null)
        {
            return FundingProblems.LineNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(line.Funder.Path))
        {
            return FundingProblems.NotTheFunder;
        }
        var today = time.LocalToday();
        if (input.PaidOn is not { } paidOn || paidOn > today)
        {
            return CommonProblems.Field("paidOn", "拨付日期不能晚于今天");
        }
        if (input.AmountFen <= 0)
        {
            return CommonProblems.Field("amountFen", "拨付金额应大于 0");
        }
        if (!Payable(line.Stage))
        {
            return FundingProblems.NotSelected;
        }
        var milestone = await db.ProjectMilestones.AsNoTracking().Where(m => m.Id == input.MilestoneId)
            .Select(m => new { m.ProjectId, m.Title, m.DoneAt }).FirstOrDefaultAsync(ct);
        if (milestone is null || milestone.ProjectId != line.ProjectId)
        {
            return CommonProblems.Field("milestoneId", "该节点不属于本项目");
        }
        if (milestone.DoneAt is null)
        {
            return FundingProblems.MilestoneNotDone.WithError("milestoneId", $"节点“{milestone.Title}”尚未完成");
        }

        var payment = new FundingPayment
        {
            LineId = lineId,
            ProjectId = line.ProjectId,
            MilestoneId = input.MilestoneId,
            AmountFen = input.AmountFen,
            PaidOn = paidOn,
            Voucher = string.IsNullOrWhiteSpace(input.Voucher) ? null : input.Voucher.Trim(),
            RecordedBy = userId,
            RecordedAt = time.GetUtcNow(),
        };
        var outcome = options.Value.UnguardedForTests
            ? await UnguardedAsync(payment, ct)
            : await db.InTransactionAsync<Done>(async token =>
            {
                var raised = await db.FundingLines.Where(l => l.Id == lineId && l.PaidFen + payment.AmountFen <= l.AmountFen)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.PaidFen, l => l.PaidFen + payment.AmountFen), token);
                if (raised == 0)
                {
                    return await ExceedsAsync(lineId, token);
                }
                db.FundingPayments.Add(payment);
                await db.SaveChangesAsync(token);
                return Done.Value;
            }, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem;
        }
        var recordedBy = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        return new PaymentItem(payment.Id, lineId, line.Source, line.Funder.Name, payment.MilestoneId, milestone.Title, payment.AmountFen,
            payment.PaidOn, payment.Voucher, recordedBy, payment.RecordedAt);
    }

    private async Task<AppProblem> ExceedsAsync(int lineId, CancellationToken ct)
    {
        var left = await db.FundingLines.Where(l => l.Id == lineId).Select(l => l.AmountFen - l.PaidFen).SingleAsync(ct);
        return FundingProblems.ExceedsApproval.WithError("amountFen", $"该经费来源尚可拨付 {Yuan.Format(left)}");
    }

    /// <summary>
    /// The control for the concurrency test (Testing only): read the paid amount, check it in memory, write the sum
    /// back. Each write on its own stays within the approval, so the check constraint never objects; what goes
    /// wrong is that concurrent payments overwrite each other's sum and together pay out more than was approved.
    /// </summary>
    private async Task<Outcome<Done>> UnguardedAsync(FundingPayment payment, CancellationToken ct)
    {
        var read = await db.FundingLines.AsNoTracking().Where(l => l.Id == payment.LineId).Select(l => new { l.PaidFen, l.AmountFen }).SingleAsync(ct);
        if (read.PaidFen + payment.AmountFen > read.AmountFen)
        {
            return await ExceedsAsync(payment.LineId, ct);
        }
        db.FundingPayments.Add(payment);
        await db.SaveChangesAsync(ct);
        await db.FundingLines.Where(l => l.Id == payment.LineId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.PaidFen, read.PaidFen + payment.AmountFen), ct);
        return Done.Value;
    }
}
