using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sites;

/// <summary>The three forms of a worker-home site (三种形态).</summary>
public enum SiteForm
{
    /// <summary>Inside an enterprise or institution, serving its own staff.</summary>
    [Display(Name = "主体")]
    Enterprise = 1,

    /// <summary>In a township, street, community, park, business district or building, serving everyone nearby.</summary>
    [Display(Name = "共享")]
    Shared = 2,

    /// <summary>At a major construction project or a gathering place of flexible and migrant workers, for a limited time.</summary>
    [Display(Name = "流动")]
    Mobile = 3,
}
