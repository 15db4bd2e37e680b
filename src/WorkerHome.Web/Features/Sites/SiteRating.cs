using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sites;

/// <summary>The level at which the site's construction was approved and funded.</summary>
public enum SiteRating
{
    [Display(Name = "省级")]
    Provincial = 1,

    [Display(Name = "市级")]
    City = 2,

    [Display(Name = "县级")]
    County = 3,
}
