using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Construction;

/// <summary>择优确定 for one year: per reviewing union, its plan's remaining budget and its reviewed projects ranked.</summary>
public sealed record SelectionBoard(int Year, IReadOnlyList<SelectionPlan> Plans);

/// <summary>
/// One reviewing union's selection: <see cref="RemainingFen"/> = plan budget − already granted (null without a plan);
/// the candidates ranked by review score with the running total of their requested subsidies.
/// </summary>
public sealed record SelectionPlan(int UnionId, string UnionName, int? PlanId, long? BudgetFen, long? CommittedFen, long? RemainingFen,
    IReadOnlyList<SelectionCandidate> Candidates);

/// <summary>A reviewed project; <see cref="Fits"/> when the running total up to it stays within the remaining budget.</summary>
public sealed record SelectionCandidate(int Rank, int ProjectId, string Name, string UnionName, string RatingName, int? ReviewScore,
    long RequestedSubsidyFen, long RunningTotalFen, bool Fits);

/// <summary>What a reviewer sees to select projects within the year's budget.</summary>
public sealed class ListSelection(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<SelectionBoard>> HandleAsync(int? year, CancellationToken ct)
    {
        var y = year ?? time.LocalToday().Year;
        if (y is < 2000 or > 2100)
        {
            return CommonProblems.Field("year", "年度应在 2000 到 2100 之间");
        }
        var access = await scope.GetAsync(ct);
        var inScope = access.UnionIds(db);
        var candidates = await db.ConstructionProjects.AsNoTracking()
            .Where(p => p.Year == y && p.Stage == ProjectStage.Reviewed && inScope.Contains(p.ReviewerUnionId))
            .Select(p => new
            {
                p.Id, p.Name, p.ReviewerUnionId, p.Rating, p.ReviewScore, p.RequestedSubsidyFen, p.SubmittedAt,
                Union = db.Unions.Where(u => u.Id == p.UnionId).Select(u => u.Name).First(),
            })
            .ToListAsync(ct);
        var unionIds = candidates.Select(c => c.ReviewerUnionId).Concat(access.StaffUnionIds).Distinct().ToList();
        var unions = await db.Unions.AsNoTracking().Where(u => unionIds.Contains(u.Id)).OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var plans = await db.ConstructionPlans.AsNoTracking().Where(p => p.Year == y && unionIds.Contains(p.UnionId)).ToDictionaryAsync(p => p.UnionId, ct);
        var board = unions.Select(u =>
        {
            var plan = plans.GetValueOrDefault(u.Id);
            var remaining = plan is null ? (long?)null : plan.BudgetFen - plan.CommittedFen;
            var running = 0L;
            var ranked = candidates.Where(c => c.ReviewerUnionId == u.Id)
                .OrderByDescending(c => c.ReviewScore).ThenBy(c => c.SubmittedAt).ThenBy(c => c.Id)
                .Select((c, i) =>
                {
                    running += c.RequestedSubsidyFen;
                    return new SelectionCandidate(i + 1, c.Id, c.Name, c.Union, Infrastructure.Text.EnumText.Chinese(c.Rating), c.ReviewScore,
                        c.RequestedSubsidyFen, running, remaining is { } r && running <= r);
                }).ToList();
            return new SelectionPlan(u.Id, u.Name, plan?.Id, plan?.BudgetFen, plan?.CommittedFen, remaining, ranked);
        }).Where(p => p.PlanId is not null || p.Candidates.Count > 0).ToList();
        return new SelectionBoard(y, board);
    }
}
