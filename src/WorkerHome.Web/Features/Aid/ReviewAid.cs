using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Aid;

/// <summary>A level's approval.</summary>
public sealed class AidApproveInput
{
    /// <summary>The level the reviewer means to decide at; refused with wrong_level when the application is elsewhere.</summary>
    public AidLevel? Level { get; set; }

    /// <summary>The approved amount in fen: more than 0, at most the requested amount.</summary>
    public long AmountFen { get; set; }

    /// <summary>The level's opinion (2–200 characters).</summary>
    public string? Opinion { get; set; }
}

/// <summary>A level's rejection.</summary>
public sealed class AidRejectInput
{
    public AidLevel? Level { get; set; }

    /// <summary>2 to 200 characters, shown to the worker.</summary>
    public string? Reason { get; set; }
}

/// <summary>
/// The three-level review: the application's union (基层), its county (县级), its city (市级). Staff decide only
/// applications in their scope (otherwise 404, logged as denied) and only at the level they cover (wrong_level). The
/// level moves by one conditional statement, so of two decisions at once one wins. The city's approval is final: it
/// consumes the city's budget and quota in the same transaction and puts the application on public notice.
/// </summary>
public sealed class ReviewAid(
    AppDbContext db, CurrentUser current, AidAccess access, OperationLogWriter log, Notifier notifier, IOptions<AidOptions> options, TimeProvider time)
{
    public async Task<Outcome<int>> ApproveAsync(int id, AidApproveInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var opinion = input.Opinion?.Trim() ?? "";
        AppProblem? problem = null;
        if (input.AmountFen <= 0)
        {
            problem = CommonProblems.Field("amountFen", "请填写核定金额（大于0）");
        }
        if (opinion.Length is < 2 or > 200)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("opinion", "请填写审核意见（2–200个字）");
        }
        if (problem is not null)
        {
            return problem;
        }
        var opened = await OpenAsync(id, input.Level, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var a = opened.Value;
        if (input.AmountFen > a.RequestedFen)
        {
            return CommonProblems.Field("amountFen", $"核定金额不能超过申请金额 {AidProjection.Yuan(a.RequestedFen)}");
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var final = a.Level == AidLevel.City;
        var year = ChinaTime.ToLocal(now).Year;
        // The city's budget is required; a lower level's only when that union has set one for the year (asked inside
        // the transaction below, after the claim, so a budget set meanwhile is not missed).
        var levelUnion = AidChain.UnionAt(a, a.Level);
        if (options.Value.UnguardedForTests && (final || await AidBudgetUse.HasBudgetAsync(db, levelUnion, year, ct))
            && await AidBudgetUse.ConsumeUnguardedAsync(db, levelUnion, year, input.AmountFen, ct) is { } refused)
        {
            return refused;
        }
        var byName = await ByNameAsync(ct);
        return await db.InTransactionAsync<int>(async token =>
        {
            var claimed = final
                ? await db.AidApplications.Where(x => x.Id == id && x.Status == AidStatus.Reviewing && x.Level == AidLevel.City)
                    .ExecuteUpdateAsync(x => x.SetProperty(p => p.Status, AidStatus.OnNotice).SetProperty(p => p.ApprovedFen, input.AmountFen)
                        .SetProperty(p => p.NoticeStartsOn, today).SetProperty(p => p.NoticeEndsOn, today.AddDays(options.Value.NoticeDays)), token)
                : await db.AidApplications.Where(x => x.Id == id && x.Status == AidStatus.Reviewing && x.Level == a.Level)
                    .ExecuteUpdateAsync(x => x.SetProperty(p => p.Level, a.Level + 1).SetProperty(p => p.ApprovedFen, input.AmountFen), token);
            if (claimed != 1)
            {
                return AidProblems.NotReviewing;
            }
            var drawsBudget = final || await AidBudgetUse.HasBudgetAsync(db, levelUnion, year, token);
            if (drawsBudget && !options.Value.UnguardedForTests && await AidBudgetUse.ConsumeAsync(db, levelUnion, year, input.AmountFen, token) is { } exhausted)
            {
                return exhausted;
            }
            db.AidSteps.Add(new AidStep
            {
                ApplicationId = id, Level = a.Level, UnionId = levelUnion, Approved = true, AmountFen = input.AmountFen, Opinion = opinion,
                BudgetYear = drawsBudget ? year : null, ByUserId = current.UserId!.Value, ByName = byName, At = now,
            });
            log.Add(OperationKind.Updated, nameof(AidApplication), AidAccess.Key(id), a.IdMasked, a.UnionId,
                new { Status = AidStatus.Reviewing, a.Level }, new { Approved = a.Level, input.AmountFen, Final = final });
            if (a.UserId is { } worker)
            {
                notifier.Notify([worker], final ? "帮扶申请已获批，进入公示" : $"帮扶申请已通过{a.Level.Chinese()}审核",
                    final ? $"核定金额 {AidProjection.Yuan(input.AmountFen)}，公示 {options.Value.NoticeDays} 天后发放。" : $"{a.Level.Chinese()}意见：{opinion}", "/me/aid");
            }
            await db.SaveChangesAsync(token);
            return id;
        }, ct);
    }

    public async Task<Outcome<int>> RejectAsync(int id, AidRejectInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 200)
        {
            return CommonProblems.Field("reason", "请填写不通过的原因（2–200个字）");
        }
        var opened = await OpenAsync(id, input.Level, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var a = opened.Value;
        var now = time.GetUtcNow();
        var byName = await ByNameAsync(ct);
        return await db.InTransactionAsync<int>(async token =>
        {
            if (await db.AidApplications.Where(x => x.Id == id && x.Status == AidStatus.Reviewing && x.Level == a.Level)
                    .ExecuteUpdateAsync(x => x.SetProperty(p => p.Status, AidStatus.Rejected), token) != 1)
            {
                return AidProblems.NotReviewing;
            }
            await AidBudgetUse.ReleaseAsync(db, id, token);
            db.AidSteps.Add(new AidStep
            {
                ApplicationId = id, Level = a.Level, UnionId = AidChain.UnionAt(a, a.Level), Approved = false, Opinion = reason,
                ByUserId = current.UserId!.Value, ByName = byName, At = now,
            });
            log.Add(OperationKind.Updated, nameof(AidApplication), AidAccess.Key(id), a.IdMasked, a.UnionId,
                new { Status = AidStatus.Reviewing, a.Level }, new { Status = AidStatus.Rejected, Reason = reason });
            if (a.UserId is { } worker)
            {
                notifier.Notify([worker], "帮扶申请未通过", $"{a.Level.Chinese()}审核未通过：{reason}", "/me/aid");
            }
            await db.SaveChangesAsync(token);
            return id;
        }, ct);
    }

    private async Task<Outcome<AidApplication>> OpenAsync(int id, AidLevel? level, CancellationToken ct)
    {
        if (current.UserId is null)
        {
            return CommonProblems.Unauthenticated;
        }
        var a = await db.AidApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || !await access.AllowAsync(a, ct))
        {
            return AidProblems.NotFound;
        }
        if (a.Status != AidStatus.Reviewing)
        {
            return AidProblems.NotReviewing;
        }
        if ((level is { } meant && meant != a.Level) || !await access.CoversAsync(AidChain.UnionAt(a, a.Level), ct))
        {
            return AidProblems.WrongLevel.WithDetail($"该申请当前在{a.Level.Chinese()}审核");
        }
        return a;
    }

    private Task<string> ByNameAsync(CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == current.UserId).Select(u => u.DisplayName).FirstAsync(ct);
}
