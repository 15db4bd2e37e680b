using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.ChildCare;

/// <summary>A nursing room as staff enter it.</summary>
public sealed record NursingRoomInput
{
    /// <summary>The site (in the caller's scope).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择阵地")]
    public int SiteId { get; set; }

    /// <summary>Name, e.g. 妈咪宝贝屋.</summary>
    [Required(ErrorMessage = "请填写名称")]
    [StringLength(40, ErrorMessage = "名称不能超过40个字")]
    public string Name { get; set; } = "妈咪宝贝屋";

    /// <summary>Where in the site.</summary>
    [StringLength(80, ErrorMessage = "位置不能超过80个字")]
    public string? Location { get; set; }

    /// <summary>Number of places.</summary>
    [Range(1, 20, ErrorMessage = "位数应在 1 到 20 之间")]
    public int Places { get; set; } = 2;

    /// <summary>Amenities offered.</summary>
    public List<NursingAmenity> Amenities { get; set; } = [];

    /// <summary>Own opening, minutes after midnight; leave both empty to follow the site's hours.</summary>
    [Range(0, 1439, ErrorMessage = "开放时间无效")]
    public int? OpensAt { get; set; }

    /// <summary>Own closing, minutes after midnight.</summary>
    [Range(1, 1440, ErrorMessage = "关闭时间无效")]
    public int? ClosesAt { get; set; }

    /// <summary>Notes for mothers.</summary>
    [StringLength(500, ErrorMessage = "说明不能超过500个字")]
    public string? Notes { get; set; }

    /// <summary>Whether it is in service.</summary>
    public bool Active { get; set; } = true;
}
