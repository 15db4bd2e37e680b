using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Funding;

/// <summary>One line of a project's ledger.</summary>
/// <param name="Id">The line (payments name it).</param>
/// <param name="Source">Subsidy, Matching or SelfRaised.</param>
/// <param name="FunderUnionId">The paying union.</param>
/// <param name="FunderName">Its name.</param>
/// <param name="FunderLevel">Its level.</param>
/// <param name="AmountFen">The amount (the approval once the project is selected), in fen.</param>
/// <param name="PaidFen">Paid so far, in fen.</param>
/// <param name="Note">A remark.</param>
/// <param name="CanPay">Whether the caller may record a payment from it now.</param>
public sealed record FundingLineItem(int Id, FundingSource Source, int FunderUnionId, string FunderName, UnionLevel FunderLevel,
    long AmountFen, long PaidFen, string? Note, bool CanPay)
{
    public string SourceName => Source.Chinese();

    public string FunderLevelName => FundingRuleCheck.LevelName(FunderLevel);

    public long RemainingFen => AmountFen - PaidFen;
}

/// <summary>A project's funding ledger: the lines, how they stand against the budget and the rules, the payments.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ProjectName">Its name.</param>
/// <param name="Stage">Its stage; lines change only while Draft.</param>
/// <param name="Year">Its plan year.</param>
/// <param name="Rating">Its rating, which picks the rules.</param>
/// <param name="ApplicantUnionId">The applying union (pays the self-raised money).</param>
/// <param name="ApplicantName">Its name.</param>
/// <param name="ReviewerUnionId">The reviewing union (grants the subsidy asked for).</param>
/// <param name="ReviewerName">Its name.</param>
/// <param name="BudgetFen">The project budget, in fen.</param>
/// <param name="RequestedSubsidyFen">The subsidy asked of the reviewing union, in fen.</param>
/// <param name="ApprovedSubsidyFen">The subsidy granted at selection, in fen.</param>
/// <param name="TotalFen">The sum of the lines.</param>
/// <param name="DifferenceFen">The sum less the budget (0 when it adds up).</param>
/// <param name="PaidFen">Paid so far on all lines.</param>
/// <param name="Lines">The lines.</param>
/// <param name="Checks">Every rule that applies, with its finding.</param>
/// <param name="Findings">What stops the ledger (empty when it is complete), one Chinese sentence each.</param>
/// <param name="IsComplete">Whether the project may go forward as far as its funding is concerned.</param>
/// <param name="CanEditLines">Whether the caller may replace the lines now.</param>
/// <param name="Payments">The payments, newest first.</param>
/// <param name="Rules">The rules that apply: those set for the rating by every union above the applicant.</param>
/// <param name="Funders">The unions that may appear in the lines: those above the applicant, and the applicant itself.</param>
/// <param name="Milestones">The project's milestones (payments name a done one).</param>
public sealed record ProjectFunding(int ProjectId, string ProjectName, ProjectStage Stage, int Year, SiteRating Rating,
    int ApplicantUnionId, string ApplicantName, int ReviewerUnionId, string ReviewerName,
    long BudgetFen, long RequestedSubsidyFen, long? ApprovedSubsidyFen, long TotalFen, long DifferenceFen, long PaidFen,
    IReadOnlyList<FundingLineItem> Lines, IReadOnlyList<RuleVerdict> Checks, IReadOnlyList<string> Findings, bool IsComplete, bool CanEditLines,
    IReadOnlyList<PaymentItem> Payments, IReadOnlyList<FundingRuleItem> Rules, IReadOnlyList<FunderOption> Funders,
    IReadOnlyList<MilestoneOption> Milestones)
{
    public string StageName => Stage.Chinese();

    public string RatingName => Rating.Chinese();

    public long RemainingFen => TotalFen - PaidFen;
}

/// <summary>A union that may pay into a ledger.</summary>
/// <param name="Id">The union.</param>
/// <param name="Name">Its name.</param>
/// <param name="Level">Its level.</param>
/// <param name="IsApplicant">Whether it is the applicant (the only funder of self-raised money).</param>
public sealed record FunderOption(int Id, string Name, UnionLevel Level, bool IsApplicant);

/// <summary>A milestone of the project, as payments see it.</summary>
/// <param name="Id">The milestone.</param>
/// <param name="Title">Its title.</param>
/// <param name="DueOn">Its date.</param>
/// <param name="IsDone">Whether it is done (only done milestones are paid for).</param>
public sealed record MilestoneOption(int Id, string Title, DateOnly DueOn, bool IsDone);

/// <summary>A project's ledger, for staff covering the applicant (which includes every union above it).</summary>
public sealed class GetProjectFunding(AppDbContext db, DataScope scope, ListPayments payments)
{
    public async Task<Outcome<ProjectFunding>> HandleAsync(int projectId, CancellationToken ct)
    {
        var facts = await FundingLedger.LoadAsync(db, projectId, ct);
        if (facts is null)
        {
            return FundingProblems.ProjectNotFound;
        }
        var access = await scope.GetAsync(ct);
        if (!access.Covers(facts.ApplicantPath))
        {
            return FundingProblems.ProjectOutOfScope;
        }
        var check = FundingLedger.Check(facts);
        var payable = RecordPayment.Payable(facts.Stage);
        var funderPaths = await FunderPathsAsync(facts, ct);
        var lines = facts.Lines.Select(l => new FundingLineItem(l.Id, l.Source, l.FunderUnionId, l.FunderName, l.FunderLevel, l.AmountFen, l.PaidFen,
            l.Note, payable && access.Covers(funderPaths[l.FunderUnionId]))).ToList();
        var findings = check.Findings.Concat(check.Checks.Where(c => !c.Passed).Select(c => c.Sentence)).Distinct(StringComparer.Ordinal).ToList();
        return new ProjectFunding(facts.ProjectId, facts.Name, facts.Stage, facts.Year, facts.Rating, facts.UnionId, facts.ApplicantName,
            facts.ReviewerUnionId, facts.ReviewerName, facts.BudgetFen, facts.RequestedSubsidyFen, facts.ApprovedSubsidyFen, check.TotalFen,
            check.DifferenceFen, facts.Lines.Sum(l => l.PaidFen), lines, check.Checks, findings, check.Problem is null,
            facts.Stage == ProjectStage.Draft && access.Covers(facts.ApplicantPath), await payments.LoadAsync(projectId, ct),
            await RulesAsync(facts, access, ct), await FundersAsync(facts, ct), await MilestonesAsync(projectId, ct));
    }

    private async Task<IReadOnlyList<FundingRuleItem>> RulesAsync(LedgerFacts facts, AccessScope access, CancellationToken ct)
    {
        var ids = facts.Rules.Select(r => r.UnionId).Distinct().ToList();
        var owners = await db.Unions.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.Name, u.Path }, ct);
        return [.. facts.Rules.Select(r => ListFundingRules.Item(r, owners[r.UnionId].Name, access.Covers(owners[r.UnionId].Path)))];
    }

    private async Task<IReadOnlyList<FunderOption>> FundersAsync(LedgerFacts facts, CancellationToken ct)
    {
        var ids = FundingLedger.PathIds(facts.ApplicantPath);
        var unions = await db.Unions.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Level != UnionLevel.National)
            .Select(u => new { u.Id, u.Name, u.Level }).ToListAsync(ct);
        return [.. unions.OrderBy(u => u.Level).Select(u => new FunderOption(u.Id, u.Name, u.Level, u.Id == facts.UnionId))];
    }

    private async Task<IReadOnlyList<MilestoneOption>> MilestonesAsync(int projectId, CancellationToken ct) =>
        await db.ProjectMilestones.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.SortOrder).ThenBy(m => m.DueOn)
            .Select(m => new MilestoneOption(m.Id, m.Title, m.DueOn, m.DoneAt != null)).ToListAsync(ct);

    private async Task<Dictionary<int, string>> FunderPathsAsync(LedgerFacts facts, CancellationToken ct)
    {
        var ids = facts.Lines.Select(l => l.FunderUnionId).Distinct().ToList();
        return await db.Unions.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
    }
}
