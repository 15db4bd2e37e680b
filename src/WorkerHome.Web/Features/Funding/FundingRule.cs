using System.ComponentModel.DataAnnotations;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Funding;

/// <summary>
/// A ratio rule a union sets for the projects in its subtree of one rating, e.g. "a provincial-level project
/// receives city matching of at least 50% of the provincial subsidy" or "the grassroots union raises at least 20%
/// of the budget" or "the city subsidy of a city-level project is at most ¥100,000". A rule constrains the ledger
/// lines of one <see cref="Source"/> from funders at <see cref="FunderLevel"/> (none for self-raised money).
/// </summary>
public sealed class FundingRule : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public SiteRating ProjectRating { get; set; }
    public FundingSource Source { get; set; }

    /// <summary>The level of the paying union; null for <see cref="FundingSource.SelfRaised"/>.</summary>
    public UnionLevel? FunderLevel { get; set; }

    /// <summary>What the shares are of: the project's budget, or the subsidies from levels above the funder.</summary>
    public RuleBasis Basis { get; set; }

    /// <summary>The least share, in basis points (5000 = 50%).</summary>
    public int? MinShareBp { get; set; }

    /// <summary>The greatest share, in basis points.</summary>
    public int? MaxShareBp { get; set; }

    /// <summary>The most the line may be, in fen.</summary>
    public long? CapFen { get; set; }

    /// <summary>The line must be there (more than zero) for the ledger to be valid.</summary>
    public bool Required { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"{ProjectRating} {Source}";
}

public enum RuleBasis
{
    [Display(Name = "项目总预算")]
    Budget = 1,

    [Display(Name = "上级补贴")]
    SubsidyAbove = 2,
}
