using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Aid;

/// <summary>One application for staff in scope, with its steps; each opening is logged, an out-of-scope attempt logged as denied.</summary>
public sealed class GetAid(AppDbContext db, AidAccess access, TimeProvider time)
{
    public async Task<Outcome<AidDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var a = await db.AidApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || !await access.AllowAsync(a, ct))
        {
            return AidProblems.NotFound;
        }
        await access.ViewedAsync(a, ct);
        return await DetailAsync(a, ct);
    }

    /// <summary>The detail without logging a view (after a change the caller made).</summary>
    public async Task<AidDetail> DetailAsync(AidApplication a, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(a);
        var today = time.LocalToday();
        var unionName = await db.Unions.Where(u => u.Id == a.UnionId).Select(u => u.Name).FirstAsync(ct);
        var canDecide = a.Status == AidStatus.Reviewing && await access.CoversAsync(AidChain.UnionAt(a, a.Level), ct);
        var canPay = a.Status == AidStatus.OnNotice && a.NoticeEndsOn <= today;
        return new AidDetail(AidProjection.Item(a, unionName, today), a.HouseholdSize, a.CauseDescription, a.HealthCipher is not null,
            await AidProjection.StepsAsync(db, a.Id, ct), a.PaidFen, a.PayMethod?.Chinese(), a.PayReference, a.RecheckResult?.Chinese(), a.RecheckNote,
            a.RecheckedOn, canDecide, canPay);
    }
}
