using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Money;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Funding;

/// <summary>A ledger line as the rules see it: its kind, the paying union and its level, the amount.</summary>
public sealed record LedgerLineFact(FundingSource Source, int FunderUnionId, UnionLevel FunderLevel, long AmountFen);

/// <summary>One rule measured against one ledger.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Rule">What the rule asks, in Chinese.</param>
/// <param name="Passed">Whether the ledger obeys it.</param>
/// <param name="Sentence">The finding, in Chinese ("市级配套 ¥50,000.00，符合：…" or "…，不符合：…").</param>
public sealed record RuleVerdict(int RuleId, string Rule, bool Passed, string Sentence);

/// <summary>
/// The arithmetic of the ratio rules. Shares are basis points of fen, compared by cross-multiplying in
/// <see cref="Int128"/> so that nothing is rounded: 50% of 101 fen is met by 51 fen, not by 50.
/// </summary>
public static class FundingRuleCheck
{
    public static RuleVerdict Check(FundingRule rule, long budgetFen, UnionLevel applicantLevel, IReadOnlyList<LedgerLineFact> lines)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(lines);
        var amount = lines.Where(l => Governs(rule, l)).Sum(l => l.AmountFen);
        var basis = BasisOf(rule, budgetFen, applicantLevel, lines);
        var failures = new List<string>();
        if (rule.Required && amount <= 0)
        {
            failures.Add("必须安排，当前没有");
        }
        // A share binds a line that is there (or must be); an optional line left out is not "too small".
        if (amount > 0 || rule.Required)
        {
            if (rule.MinShareBp is { } min && (Int128)amount * 10_000 < (Int128)basis * min)
            {
                failures.Add($"应不少于{rule.Basis.Chinese()}的 {Percent(min)}（{Yuan.Format(Least(basis, min))}）");
            }
            if (rule.MaxShareBp is { } max && (Int128)amount * 10_000 > (Int128)basis * max)
            {
                failures.Add($"应不超过{rule.Basis.Chinese()}的 {Percent(max)}（{Yuan.Format(Most(basis, max))}）");
            }
        }
        if (rule.CapFen is { } cap && amount > cap)
        {
            failures.Add($"应不超过上限 {Yuan.Format(cap)}");
        }
        var subject = $"{Subject(rule)} {Yuan.Format(amount)}";
        return failures.Count == 0
            ? new RuleVerdict(rule.Id, Describe(rule), true, $"{subject}，符合")
            : new RuleVerdict(rule.Id, Describe(rule), false, $"{subject}，不符合：{string.Join("；", failures)}");
    }

    /// <summary>
    /// What a share is of: the budget, or the subsidies from unions above the funder (above the applicant for its
    /// own money), e.g. the provincial subsidy for a city's matching funds.
    /// </summary>
    public static long BasisOf(FundingRule rule, long budgetFen, UnionLevel applicantLevel, IReadOnlyList<LedgerLineFact> lines)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(lines);
        if (rule.Basis == RuleBasis.Budget)
        {
            return budgetFen;
        }
        var funderLevel = rule.FunderLevel ?? applicantLevel;
        return lines.Where(l => l.Source == FundingSource.Subsidy && l.FunderLevel < funderLevel).Sum(l => l.AmountFen);
    }

    /// <summary>The least whole fen that meets a minimum share (rounded up).</summary>
    public static long Least(long basisFen, int basisPoints) => (long)(((Int128)basisFen * basisPoints + 9_999) / 10_000);

    /// <summary>The most whole fen within a maximum share (rounded down).</summary>
    public static long Most(long basisFen, int basisPoints) => (long)((Int128)basisFen * basisPoints / 10_000);

    /// <summary>"省级项目的市级配套：必须安排；不少于上级补贴的 50%；不超过 ¥100,000.00".</summary>
    public static string Describe(FundingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var parts = new List<string>();
        if (rule.Required)
        {
            parts.Add("必须安排");
        }
        if (rule.MinShareBp is { } min)
        {
            parts.Add($"不少于{rule.Basis.Chinese()}的 {Percent(min)}");
        }
        if (rule.MaxShareBp is { } max)
        {
            parts.Add($"不超过{rule.Basis.Chinese()}的 {Percent(max)}");
        }
        if (rule.CapFen is { } cap)
        {
            parts.Add($"不超过 {Yuan.Format(cap)}");
        }
        return $"{rule.ProjectRating.Chinese()}项目的{Subject(rule)}：{string.Join("；", parts)}";
    }

    /// <summary>"市级配套", "省级补贴", "基层自筹".</summary>
    public static string Subject(FundingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.FunderLevel is { } level ? LevelName(level) + rule.Source.Chinese()[2..] : rule.Source.Chinese();
    }

    /// <summary>"省级", "市级", "县级"…: the paying level in the words of a funding table.</summary>
    public static string LevelName(UnionLevel level) => level switch
    {
        UnionLevel.National => "全总",
        UnionLevel.Province => "省级",
        UnionLevel.City => "市级",
        UnionLevel.County => "县级",
        UnionLevel.Township => "乡镇",
        _ => "基层",
    };

    /// <summary>5000 → "50%", 3333 → "33.33%".</summary>
    public static string Percent(int basisPoints) =>
        (basisPoints / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static bool Governs(FundingRule rule, LedgerLineFact line) =>
        line.Source == rule.Source && (rule.FunderLevel is null || line.FunderLevel == rule.FunderLevel);
}
