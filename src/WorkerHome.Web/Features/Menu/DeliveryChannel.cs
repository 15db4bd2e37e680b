using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Menu;

/// <summary>网上 / 网下: online, at a site, or either.</summary>
public enum DeliveryChannel
{
    [Display(Name = "线下")]
    Offline = 1,

    [Display(Name = "线上")]
    Online = 2,

    [Display(Name = "线上线下均可")]
    Either = 3,
}
