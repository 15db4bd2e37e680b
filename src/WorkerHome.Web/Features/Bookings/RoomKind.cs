using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Bookings;

/// <summary>What kind of room a bookable room is.</summary>
public enum RoomKind
{
    [Display(Name = "舞蹈室")]
    Dance = 1,

    [Display(Name = "多媒体室")]
    Multimedia = 2,

    [Display(Name = "教室")]
    Classroom = 3,

    [Display(Name = "健身房")]
    Fitness = 4,

    [Display(Name = "其他")]
    Other = 9,
}
