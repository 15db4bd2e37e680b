using WorkerHome.Features.Funding;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Money;

namespace WorkerHome.Tests.Funding;

public sealed class FundingRuleCheckTests
{
    private static readonly UnionLevel Applicant = UnionLevel.Township;

    private static FundingRule Rule(FundingSource source, UnionLevel? level, RuleBasis basis, int? min = null, int? max = null, long? cap = null, bool required = false) =>
        new() { Id = 7, Source = source, FunderLevel = level, Basis = basis, MinShareBp = min, MaxShareBp = max, CapFen = cap, Required = required };

    private static LedgerLineFact Line(FundingSource source, UnionLevel level, long fen) => new(source, (int)level, level, fen);

    [Theory]
    [InlineData(2_000_000, true)]
    [InlineData(1_999_999, false)]
    public void A_minimum_share_of_the_budget_is_met_exactly_at_the_minimum(long selfRaised, bool passes)
    {
        var rule = Rule(FundingSource.SelfRaised, null, RuleBasis.Budget, min: 2000);
        var verdict = FundingRuleCheck.Check(rule, 10_000_000, Applicant, [Line(FundingSource.SelfRaised, Applicant, selfRaised)]);
        Assert.Equal(passes, verdict.Passed);
    }

    [Theory]
    [InlineData(5_000_000, true)]
    [InlineData(5_000_001, false)]
    public void A_maximum_share_is_met_exactly_at_the_maximum(long subsidy, bool passes)
    {
        var rule = Rule(FundingSource.Subsidy, UnionLevel.County, RuleBasis.Budget, max: 5000);
        var verdict = FundingRuleCheck.Check(rule, 10_000_000, Applicant, [Line(FundingSource.Subsidy, UnionLevel.County, subsidy)]);
        Assert.Equal(passes, verdict.Passed);
    }

    [Theory]
    [InlineData(10_000_000, true)]
    [InlineData(10_000_001, false)]
    public void A_cap_is_met_exactly_at_the_cap(long subsidy, bool passes)
    {
        var rule = Rule(FundingSource.Subsidy, UnionLevel.City, RuleBasis.Budget, cap: 10_000_000);
        var verdict = FundingRuleCheck.Check(rule, 50_000_000, Applicant, [Line(FundingSource.Subsidy, UnionLevel.City, subsidy)]);
        Assert.Equal(passes, verdict.Passed);
        Assert.Contains(passes ? "符合" : "¥100,000.00", verdict.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50, false)]
    [InlineData(51, true)]
    public void Half_of_an_odd_number_of_fen_needs_the_fen_rounded_up(long matching, bool passes)
    {
        // 50% of 101 fen is 50.5 fen: 50 falls short, 51 is enough; nothing is rounded before comparing.
        var rule = Rule(FundingSource.Matching, UnionLevel.City, RuleBasis.SubsidyAbove, min: 5000);
        var lines = new[] { Line(FundingSource.Subsidy, UnionLevel.Province, 101), Line(FundingSource.Matching, UnionLevel.City, matching) };
        Assert.Equal(passes, FundingRuleCheck.Check(rule, 1_000, Applicant, lines).Passed);
        Assert.Equal(51, FundingRuleCheck.Least(101, 5000));
        Assert.Equal(50, FundingRuleCheck.Most(101, 5000));
    }

    [Fact]
    public void Odd_basis_points_of_a_large_budget_do_not_overflow_or_round()
    {
        // 33.33% of ¥9,000,000,000.01: the product passes a long, so the comparison runs in Int128.
        const long budget = 900_000_000_001;
        var least = FundingRuleCheck.Least(budget, 3333);
        Assert.Equal(299_970_000_001, least);
        var rule = Rule(FundingSource.SelfRaised, null, RuleBasis.Budget, min: 3333);
        Assert.True(FundingRuleCheck.Check(rule, budget, Applicant, [Line(FundingSource.SelfRaised, Applicant, least)]).Passed);
        Assert.False(FundingRuleCheck.Check(rule, budget, Applicant, [Line(FundingSource.SelfRaised, Applicant, least - 1)]).Passed);
    }

    [Fact]
    public void Matching_is_measured_against_the_subsidies_from_levels_above_the_funder_only()
    {
        var rule = Rule(FundingSource.Matching, UnionLevel.City, RuleBasis.SubsidyAbove, min: 5000);
        var lines = new[]
        {
            Line(FundingSource.Subsidy, UnionLevel.Province, 1_000_000),
            Line(FundingSource.Subsidy, UnionLevel.County, 9_000_000),
            Line(FundingSource.Matching, UnionLevel.City, 500_000),
        };
        Assert.Equal(1_000_000, FundingRuleCheck.BasisOf(rule, 20_000_000, Applicant, lines));
        Assert.True(FundingRuleCheck.Check(rule, 20_000_000, Applicant, lines).Passed);
    }

    [Fact]
    public void A_required_line_that_is_missing_fails_and_an_optional_one_does_not()
    {
        var required = Rule(FundingSource.Matching, UnionLevel.City, RuleBasis.SubsidyAbove, min: 5000, required: true);
        var optional = Rule(FundingSource.Matching, UnionLevel.City, RuleBasis.SubsidyAbove, min: 5000);
        LedgerLineFact[] lines = [Line(FundingSource.Subsidy, UnionLevel.Province, 1_000_000)];
        var missing = FundingRuleCheck.Check(required, 2_000_000, Applicant, lines);
        Assert.False(missing.Passed);
        Assert.Contains("必须安排", missing.Sentence, StringComparison.Ordinal);
        Assert.True(FundingRuleCheck.Check(optional, 2_000_000, Applicant, lines).Passed);
    }

    [Theory]
    [InlineData("1234.5", 123_450)]
    [InlineData("¥1,234.56", 123_456)]
    [InlineData("0", 0)]
    [InlineData("0.01", 1)]
    [InlineData(" 100 ", 10_000)]
    public void Yuan_are_read_exactly_into_fen(string text, long fen)
    {
        Assert.True(Yuan.TryParse(text, out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("-5")]
    [InlineData("1e3")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    public void Yuan_that_are_not_whole_fen_or_not_amounts_are_refused(string text) => Assert.False(Yuan.TryParse(text, out _));

    [Theory]
    [InlineData(123_450, "¥1,234.50")]
    [InlineData(0, "¥0.00")]
    [InlineData(-500, "-¥5.00")]
    public void Fen_are_shown_as_yuan_with_two_decimals(long fen, string shown) => Assert.Equal(shown, Yuan.Format(fen));
}
