using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Menu;

/// <summary>集中 / 分散: one central class, or many small ones where workers are.</summary>
public enum DeliveryScale
{
    [Display(Name = "集中")]
    Centralised = 1,

    [Display(Name = "分散")]
    Distributed = 2,
}
