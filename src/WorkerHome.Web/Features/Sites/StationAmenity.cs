using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sites;

/// <summary>
/// What an outdoor-worker station (户外劳动者驿站) offers sanitation workers, couriers, riders and drivers who call in:
/// the amenities its sign promises ("累了可歇脚、渴了可喝水、饭菜可加热、手机可充电、内急可如厕").
/// </summary>
public enum StationAmenity
{
    [Display(Name = "饮水")]
    DrinkingWater = 1,

    [Display(Name = "热饭")]
    FoodHeating = 2,

    [Display(Name = "充电")]
    Charging = 3,

    [Display(Name = "如厕")]
    Toilet = 4,

    [Display(Name = "休息")]
    Rest = 5,

    [Display(Name = "应急药箱")]
    FirstAid = 6,

    [Display(Name = "避暑取暖")]
    Shelter = 7,
}
