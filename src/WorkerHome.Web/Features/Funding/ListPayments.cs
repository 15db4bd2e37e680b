using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Funding;

/// <summary>A payment out of a ledger line.</summary>
/// <param name="Id">The payment.</param>
/// <param name="LineId">The line it was paid from.</param>
/// <param name="Source">That line's kind of money.</param>
/// <param name="FunderName">The paying union.</param>
/// <param name="MilestoneId">The milestone it pays for.</param>
/// <param name="MilestoneTitle">That milestone's title.</param>
/// <param name="AmountFen">The amount, in fen.</param>
/// <param name="PaidOn">The day of payment.</param>
/// <param name="Voucher">The accounting voucher (凭证号).</param>
/// <param name="RecordedByName">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record PaymentItem(int Id, int LineId, FundingSource Source, string FunderName, int MilestoneId, string MilestoneTitle,
    long AmountFen, DateOnly PaidOn, string? Voucher, string RecordedByName, DateTimeOffset RecordedAt)
{
    public string SourceName => Source.Chinese();
}

/// <summary>The payments of a project, for staff covering its applicant.</summary>
public sealed class ListPayments(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<IReadOnlyList<PaymentItem>>> HandleAsync(int projectId, CancellationToken ct)
    {
        var path = await db.ConstructionProjects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => db.Unions.Where(u => u.Id == p.UnionId).Select(u => u.Path).Single())
            .SingleOrDefaultAsync(ct);
        if (path is null)
        {
            return FundingProblems.ProjectNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(path))
        {
            return FundingProblems.ProjectOutOfScope;
        }
        return await LoadAsync(projectId, ct);
    }

    internal async Task<List<PaymentItem>> LoadAsync(int projectId, CancellationToken ct) =>
        await db.FundingPayments.AsNoTracking().Where(p => p.ProjectId == projectId)
            .OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.Id)
            .Select(p => new PaymentItem(
                p.Id, p.LineId,
                db.FundingLines.Where(l => l.Id == p.LineId).Select(l => l.Source).Single(),
                db.FundingLines.Where(l => l.Id == p.LineId).Join(db.Unions, l => l.FunderUnionId, u => u.Id, (l, u) => u.Name).Single(),
                p.MilestoneId,
                db.ProjectMilestones.Where(m => m.Id == p.MilestoneId).Select(m => m.Title).Single(),
                p.AmountFen, p.PaidOn, p.Voucher,
                db.Users.Where(u => u.Id == p.RecordedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                p.RecordedAt))
            .ToListAsync(ct);
}
