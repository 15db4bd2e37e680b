using WorkerHome.Infrastructure.Money;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>
/// 择优确定 (立项): the reviewer selects a reviewed project, granting its requested subsidy out of the year's plan
/// budget. The budget is taken by one conditional statement, so selections at the same moment can never pass it;
/// the project becomes selected and its site goes under construction in the same transaction.
/// </summary>
public sealed class SelectProject(AppDbContext db, ProjectFlow flow, GetProject get, TimeProvider time, IOptions<ConstructionOptions> options)
{
    public async Task<Outcome<ProjectDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var loaded = await flow.LoadAsync(id, ProjectSide.Reviewer, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var project = loaded.Value;
        if (project.Stage != ProjectStage.Reviewed)
        {
            return ProjectFlow.WrongStage(project, "只有已评审的项目可以立项");
        }
        if (await FundingLedger.ProblemAsync(db, id, ct) is { } funding)
        {
            return funding;
        }
        var planId = await db.ConstructionPlans.Where(p => p.UnionId == project.ReviewerUnionId && p.Year == project.Year)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (planId is not { } plan)
        {
            return ConstructionProblems.NoPlan.WithDetail($"请先建立 {project.Year} 年度建设计划并填写补贴预算");
        }
        var amount = project.RequestedSubsidyFen;
        var outcome = options.Value.UnguardedForTests
            ? await UnguardedAsync(project, plan, amount, ct)
            : await db.InTransactionAsync<Done>(async token =>
            {
                var taken = await db.ConstructionPlans.Where(p => p.Id == plan && p.CommittedFen + amount <= p.BudgetFen)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedFen, p => p.CommittedFen + amount), token);
                if (taken == 0)
                {
                    return await ExceededAsync(plan, amount, token);
                }
                return await MarkSelectedAsync(project, amount, token);
            }, ct);
        return outcome.Succeeded ? await get.HandleAsync(id, ct) : outcome.Problem;
    }

    private async Task<Outcome<Done>> MarkSelectedAsync(ConstructionProject project, long amount, CancellationToken ct)
    {
        project.Stage = ProjectStage.Selected;
        project.ApprovedSubsidyFen = amount;
        project.SelectedAt = time.GetUtcNow();
        var site = await db.Sites.SingleAsync(s => s.Id == project.SiteId, ct);
        if (site.Status == SiteStatus.Planned)
        {
            site.Status = SiteStatus.Building;
            site.Version++;
            site.UpdatedAt = project.SelectedAt.Value;
        }
        await flow.RecordAsync(project, ProjectStepKind.Selected, ProjectSide.Reviewer, $"核定补贴 {Yuan.Format(amount)}", ct);
        await flow.NotifyAsync(project, ProjectSide.Applicant, "你的项目已立项",
            $"“{project.Name}”已择优立项，核定补贴 {Yuan.Format(amount)}。请设置建设节点。", ct);
        return await flow.SaveAsync(project, ct) is { } stale ? stale : Done.Value;
    }

    private async Task<AppProblem> ExceededAsync(int plan, long amount, CancellationToken ct)
    {
        var left = await db.ConstructionPlans.Where(p => p.Id == plan).Select(p => p.BudgetFen - p.CommittedFen).SingleAsync(ct);
        return ConstructionProblems.BudgetExceeded.WithDetail($"本项目补贴 {Yuan.Format(amount)}，年度预算余额 {Yuan.Format(left)}");
    }

    // The naive way, kept only so a test can show the race test catches it: read the sum, check, write it back.
    private async Task<Outcome<Done>> UnguardedAsync(ConstructionProject project, int plan, long amount, CancellationToken ct)
    {
        var read = await db.ConstructionPlans.AsNoTracking().Where(p => p.Id == plan).Select(p => new { p.BudgetFen, p.CommittedFen }).SingleAsync(ct);
        if (read.CommittedFen + amount > read.BudgetFen)
        {
            return ConstructionProblems.BudgetExceeded;
        }
        await Task.Delay(20, ct);
        await db.ConstructionPlans.Where(p => p.Id == plan).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedFen, read.CommittedFen + amount), ct);
        return await MarkSelectedAsync(project, amount, ct);
    }
}
