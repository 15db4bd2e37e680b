using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Money;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Funding;

/// <summary>A ledger line with its paying union, as read for views and checks.</summary>
public sealed record LedgerLine(int Id, FundingSource Source, int FunderUnionId, string FunderName, UnionLevel FunderLevel,
    long AmountFen, long PaidFen, string? Note);

/// <summary>What the ledger checks need to know about a project.</summary>
public sealed record LedgerFacts(int ProjectId, string Name, ProjectStage Stage, int Year, SiteRating Rating, long BudgetFen,
    long RequestedSubsidyFen, long? ApprovedSubsidyFen, int UnionId, string ApplicantName, string ApplicantPath, UnionLevel ApplicantLevel,
    int ReviewerUnionId, string ReviewerName, IReadOnlyList<LedgerLine> Lines, IReadOnlyList<FundingRule> Rules);

/// <summary>The findings on a ledger: totals against the budget, the reviewer's subsidy, every applicable rule.</summary>
public sealed record LedgerCheck(long TotalFen, long DifferenceFen, long ReviewerSubsidyFen, IReadOnlyList<RuleVerdict> Checks,
    AppProblem? Problem)
{
    /// <summary>Every finding that stops the ledger, one Chinese sentence each.</summary>
    public IReadOnlyList<string> Findings => Problem?.Errors?.SelectMany(e => e.Value).ToList() ?? [];
}

/// <summary>
/// Whether a project's ledger is complete: the lines add up to the budget, the reviewing union's subsidy line is
/// the subsidy asked for, and every ratio rule that applies holds. Construction asks this before a project is
/// submitted and before it is selected.
/// </summary>
public static class FundingLedger
{
    public static readonly AppProblem DoesNotAddUp = FundingProblems.DoesNotAddUp;

    public static async Task<AppProblem?> ProblemAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var facts = await LoadAsync(db, projectId, ct) ?? throw new InvalidOperationException($"Project {projectId} does not exist.");
        return Check(facts).Problem;
    }

    /// <summary>The project, its lines and the rules that apply to it; null when there is no such project.</summary>
    public static async Task<LedgerFacts?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await db.ConstructionProjects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.Id, p.Name, p.Stage, p.Year, p.Rating, p.BudgetFen, p.RequestedSubsidyFen, p.ApprovedSubsidyFen, p.UnionId, p.ReviewerUnionId,
                Applicant = db.Unions.Where(u => u.Id == p.UnionId).Select(u => new { u.Name, u.Path, u.Level }).Single(),
                Reviewer = db.Unions.Where(u => u.Id == p.ReviewerUnionId).Select(u => u.Name).Single(),
            })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }
        var lines = await db.FundingLines.AsNoTracking().Where(l => l.ProjectId == projectId)
            .Join(db.Unions, l => l.FunderUnionId, u => u.Id, (l, u) => new LedgerLine(l.Id, l.Source, l.FunderUnionId, u.Name, u.Level, l.AmountFen, l.PaidFen, l.Note))
            .ToListAsync(ct);
        // Every union above the applicant may bind its funding: the reviewer and those above it, and also the levels in
        // between (a city's matching rule for the provincial projects of its subtree). The applicant cannot bind itself.
        var above = PathIds(project.Applicant.Path).Where(id => id != project.UnionId).ToList();
        var rules = await db.FundingRules.AsNoTracking()
            .Where(r => above.Contains(r.UnionId) && r.ProjectRating == project.Rating)
            .OrderBy(r => r.Source).ThenBy(r => r.FunderLevel).ThenBy(r => r.Id)
            .ToListAsync(ct);
        return new LedgerFacts(project.Id, project.Name, project.Stage, project.Year, project.Rating, project.BudgetFen, project.RequestedSubsidyFen,
            project.ApprovedSubsidyFen, project.UnionId, project.Applicant.Name, project.Applicant.Path, project.Applicant.Level,
            project.ReviewerUnionId, project.Reviewer,
            [.. lines.OrderBy(l => l.Source).ThenBy(l => l.FunderLevel).ThenBy(l => l.Id)], rules);
    }

    public static LedgerCheck Check(LedgerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var total = facts.Lines.Sum(l => l.AmountFen);
        var reviewerSubsidy = facts.Lines.Where(l => l.Source == FundingSource.Subsidy && l.FunderUnionId == facts.ReviewerUnionId).Sum(l => l.AmountFen);
        var lineFacts = facts.Lines.Select(l => new LedgerLineFact(l.Source, l.FunderUnionId, l.FunderLevel, l.AmountFen)).ToList();
        var checks = facts.Rules.Select(r => FundingRuleCheck.Check(r, facts.BudgetFen, facts.ApplicantLevel, lineFacts)).ToList();

        AppProblem? problem = null;
        if (total != facts.BudgetFen)
        {
            problem = FundingProblems.DoesNotAddUp.WithError("lines",
                $"各项经费合计 {Yuan.Format(total)}，项目预算 {Yuan.Format(facts.BudgetFen)}，相差 {Yuan.Format(total - facts.BudgetFen)}");
        }
        if (reviewerSubsidy != facts.RequestedSubsidyFen)
        {
            problem = (problem ?? FundingProblems.DoesNotAddUp).WithError("requestedSubsidyFen",
                $"{facts.ReviewerName}的上级补贴为 {Yuan.Format(reviewerSubsidy)}，申请补贴为 {Yuan.Format(facts.RequestedSubsidyFen)}，两者应一致");
        }
        if (problem is null)
        {
            foreach (var broken in checks.Where(c => !c.Passed))
            {
                problem = (problem ?? FundingProblems.RuleBroken).WithError("rule" + broken.RuleId.ToString(CultureInfo.InvariantCulture), broken.Sentence);
            }
        }
        return new LedgerCheck(total, total - facts.BudgetFen, reviewerSubsidy, checks, problem);
    }

    /// <summary>"/1/2/5/" → 1, 2, 5: the union and every union above it.</summary>
    public static IReadOnlyList<int> PathIds(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture))];
    }
}
