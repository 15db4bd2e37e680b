using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Funding;

/// <summary>The three kinds of money in a project (上级补贴、逐级配套、基层自筹).</summary>
public enum FundingSource
{
    /// <summary>A subsidy granted by the union that selected the project (or a level above it).</summary>
    [Display(Name = "上级补贴")]
    Subsidy = 1,

    /// <summary>Matching funds a level adds to a subsidy from above, by the ratio rules.</summary>
    [Display(Name = "逐级配套")]
    Matching = 2,

    /// <summary>The applying union's own money, from its yearly special budget.</summary>
    [Display(Name = "基层自筹")]
    SelfRaised = 3,
}
