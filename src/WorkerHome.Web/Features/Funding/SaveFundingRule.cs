using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Funding;

/// <summary>A ratio rule as staff enter it.</summary>
public sealed record FundingRuleInput
{
    /// <summary>The union that sets the rule (inside your scope); it binds projects reviewed in its subtree.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择制定规则的工会")]
    public int UnionId { get; set; }

    /// <summary>Provincial, City or County: the projects the rule binds.</summary>
    [Required(ErrorMessage = "请选择项目级别")]
    public SiteRating? ProjectRating { get; set; }

    /// <summary>Subsidy, Matching or SelfRaised.</summary>
    [Required(ErrorMessage = "请选择经费来源")]
    public FundingSource? Source { get; set; }

    /// <summary>The level of the paying union (Province, City, County, Township); empty for self-raised money.</summary>
    public UnionLevel? FunderLevel { get; set; }

    /// <summary>Budget (项目总预算) or SubsidyAbove (the subsidies from levels above the funder).</summary>
    [Required(ErrorMessage = "请选择比例的计算基数")]
    public RuleBasis? Basis { get; set; }

    /// <summary>Least share in basis points, 0–10000 (5000 = 50%).</summary>
    [Range(0, 10_000, ErrorMessage = "比例应在 0% 到 100% 之间")]
    public int? MinShareBp { get; set; }

    /// <summary>Greatest share in basis points, 0–10000.</summary>
    [Range(0, 10_000, ErrorMessage = "比例应在 0% 到 100% 之间")]
    public int? MaxShareBp { get; set; }

    /// <summary>Most the line may be, in fen.</summary>
    [Range(0, long.MaxValue, ErrorMessage = "上限不能为负数")]
    public long? CapFen { get; set; }

    /// <summary>Whether the line must be there (more than zero).</summary>
    public bool Required { get; set; }

    /// <summary>Where the rule comes from (a document number, say).</summary>
    [StringLength(200, ErrorMessage = "说明不能超过200个字")]
    public string? Note { get; set; }
}

/// <summary>Creates or changes a ratio rule of a union in the caller's subtree.</summary>
public sealed class SaveFundingRule(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<FundingRuleItem>> HandleAsync(int? id, FundingRuleInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        FundingRule? rule = null;
        if (id is { } ruleId)
        {
            rule = await db.FundingRules.FirstOrDefaultAsync(r => r.Id == ruleId, ct);
            if (rule is null)
            {
                return FundingProblems.RuleNotFound;
            }
            if (!await scope.CoversUnionAsync(rule.UnionId, ct))
            {
                return FundingProblems.RuleOutOfScope;
            }
        }
        var owner = await db.Unions.AsNoTracking().Where(u => u.Id == input.UnionId).Select(u => new { u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return CommonProblems.Field("unionId", "所选工会不存在");
        }
        if (!(await scope.GetAsync(ct)).Covers(owner.Path))
        {
            return FundingProblems.RuleOutOfScope.WithError("unionId", "只能为本级及下级工会制定规则");
        }
        if (Check(input) is { } problem)
        {
            return problem;
        }

        rule ??= db.FundingRules.Add(new FundingRule()).Entity;
        rule.UnionId = input.UnionId;
        rule.ProjectRating = input.ProjectRating!.Value;
        rule.Source = input.Source!.Value;
        rule.FunderLevel = input.Source == FundingSource.SelfRaised ? null : input.FunderLevel;
        rule.Basis = input.Basis!.Value;
        rule.MinShareBp = input.MinShareBp;
        rule.MaxShareBp = input.MaxShareBp;
        rule.CapFen = input.CapFen;
        rule.Required = input.Required;
        rule.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        rule.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ListFundingRules.Item(rule, owner.Name, canEdit: true);
    }

    /// <summary>The business rules the annotations cannot say; null when the input is sound.</summary>
    internal static AppProblem? Check(FundingRuleInput input)
    {
        AppProblem? problem = null;
        if (input.Source is FundingSource.Subsidy or FundingSource.Matching && input.FunderLevel is not (UnionLevel.Province or UnionLevel.City or UnionLevel.County or UnionLevel.Township))
        {
            problem = CommonProblems.Field("funderLevel", "补贴和配套规则需选择出资工会的级别（省级、市级、县级或乡镇）");
        }
        if (input.Source == FundingSource.SelfRaised && input.FunderLevel is not null)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("funderLevel", "基层自筹由申报工会出资，不选出资级别");
        }
        if (input.MinShareBp is { } min && input.MaxShareBp is { } max && min > max)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("maxShareBp", "最高比例不能小于最低比例");
        }
        if (!input.Required && input.MinShareBp is null && input.MaxShareBp is null && input.CapFen is null)
        {
            problem = (problem ?? CommonProblems.Validation).WithError("minShareBp", "请至少设定“必须安排”、比例或上限中的一项");
        }
        return problem;
    }
}
