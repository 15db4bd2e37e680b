using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Aid;

/// <summary>Shapes applications and steps for lists and pages.</summary>
public static class AidProjection
{
    public static string CauseNames(AidCause causes) =>
        string.Join("、", new[] { AidCause.Illness, AidCause.Disability, AidCause.Disaster, AidCause.Other }.Where(c => causes.HasFlag(c)).Select(c => c.Chinese()));

    public static AidItem Item(AidApplication a, string unionName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.RealName, a.IdMasked, a.PhoneMasked, a.UnionId, unionName, a.Status, StatusName(a), a.Level, a.Level.Chinese(),
            CauseNames(a.Causes), a.RequestedFen, a.ApprovedFen, a.SubmittedAt, a.NoticeEndsOn, a.PaidOn, a.RecheckDueOn,
            a.RecheckDueOn is { } due && due <= today);
    }

    public static string StatusName(AidApplication a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Status == AidStatus.Reviewing ? $"{a.Level.Chinese()}审核中" : a.Status.Chinese();
    }

    public static async Task<IReadOnlyList<AidStepView>> StepsAsync(AppDbContext db, int applicationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var steps = await db.AidSteps.AsNoTracking().Where(s => s.ApplicationId == applicationId).OrderBy(s => s.Level)
            .Select(s => new { s, UnionName = db.Unions.Where(u => u.Id == s.UnionId).Select(u => u.Name).First() }).ToListAsync(ct);
        return steps.Select(x => new AidStepView(x.s.Level, x.s.Level.Chinese(), x.UnionName, x.s.Approved, x.s.AmountFen, x.s.Opinion, x.s.ByName, x.s.At)).ToList();
    }

    public static string Yuan(long fen) => (fen / 100m).ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture) + " 元";
}
