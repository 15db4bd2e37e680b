using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Funding;

/// <summary>A ratio rule as staff read it.</summary>
/// <param name="Id">The rule.</param>
/// <param name="UnionId">The union that set it; it binds projects reviewed inside that union's subtree.</param>
/// <param name="UnionName">That union's name.</param>
/// <param name="ProjectRating">The rating of the projects it binds.</param>
/// <param name="Source">The kind of money it constrains.</param>
/// <param name="FunderLevel">The level of the paying union; null for self-raised money.</param>
/// <param name="Basis">What the shares are of.</param>
/// <param name="MinShareBp">Least share in basis points (5000 = 50%).</param>
/// <param name="MaxShareBp">Greatest share in basis points.</param>
/// <param name="CapFen">Most the line may be, in fen.</param>
/// <param name="Required">Whether the line must be there.</param>
/// <param name="Note">Why the rule exists (the document it comes from).</param>
/// <param name="Description">The rule in one Chinese sentence.</param>
/// <param name="CanEdit">Whether the caller may change it (it belongs to their subtree).</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record FundingRuleItem(int Id, int UnionId, string UnionName, SiteRating ProjectRating, FundingSource Source, UnionLevel? FunderLevel,
    RuleBasis Basis, int? MinShareBp, int? MaxShareBp, long? CapFen, bool Required, string? Note, string Description, bool CanEdit,
    DateTimeOffset UpdatedAt)
{
    public string ProjectRatingName => ProjectRating.Chinese();

    public string SourceName => Source.Chinese();

    public string? FunderLevelName => FunderLevel is { } level ? FundingRuleCheck.LevelName(level) : null;

    public string BasisName => Basis.Chinese();

    /// <summary>"市级配套", "省级补贴", "基层自筹".</summary>
    public string Subject => FunderLevel is { } level ? FundingRuleCheck.LevelName(level) + Source.Chinese()[2..] : Source.Chinese();
}

/// <summary>
/// The ratio rules a staff member works under: those set in their subtree (which they may change) and those set by
/// the unions above them (which bind their projects too, read only).
/// </summary>
public sealed class ListFundingRules(AppDbContext db, DataScope scope)
{
    public async Task<IReadOnlyList<FundingRuleItem>> HandleAsync(SiteRating? rating, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var above = access.StaffPaths.SelectMany(FundingLedger.PathIds).Distinct().ToList();
        var inScope = access.UnionIds(db);
        var rules = await db.FundingRules.AsNoTracking()
            .Where(r => rating == null || r.ProjectRating == rating)
            .Where(r => access.IsSystemAdmin || above.Contains(r.UnionId) || inScope.Contains(r.UnionId))
            .Join(db.Unions, r => r.UnionId, u => u.Id, (r, u) => new { Rule = r, u.Name, u.Path, u.Level })
            .ToListAsync(ct);
        return [.. rules
            .OrderBy(r => r.Level).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Rule.ProjectRating)
            .ThenBy(r => r.Rule.Source).ThenBy(r => r.Rule.FunderLevel).ThenBy(r => r.Rule.Id)
            .Select(r => Item(r.Rule, r.Name, access.Covers(r.Path)))];
    }

    internal static FundingRuleItem Item(FundingRule rule, string unionName, bool canEdit) => new(
        rule.Id, rule.UnionId, unionName, rule.ProjectRating, rule.Source, rule.FunderLevel, rule.Basis, rule.MinShareBp, rule.MaxShareBp,
        rule.CapFen, rule.Required, rule.Note, FundingRuleCheck.Describe(rule), canEdit, rule.UpdatedAt);
}
