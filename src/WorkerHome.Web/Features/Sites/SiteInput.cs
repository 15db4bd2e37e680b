using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sites;

/// <summary>A site as staff enter it: the body of create and update, a row of the import sheet, the console form.</summary>
public sealed record SiteInput
{
    /// <summary>Site name, unique within its union.</summary>
    [Required(ErrorMessage = "请填写阵地名称")]
    [StringLength(100, ErrorMessage = "阵地名称不能超过100个字")]
    public string Name { get; set; } = "";

    /// <summary>Enterprise (主体), Shared (共享) or Mobile (流动).</summary>
    [Required(ErrorMessage = "请选择阵地形态")]
    public SiteForm? Form { get; set; }

    /// <summary>Provincial, City or County.</summary>
    [Required(ErrorMessage = "请选择阵地级别")]
    public SiteRating? Rating { get; set; }

    /// <summary>Planned, Building, Operating, Suspended or Closed.</summary>
    [Required(ErrorMessage = "请选择阵地状态")]
    public SiteStatus? Status { get; set; }

    /// <summary>The host organisation (依托单位).</summary>
    [Required(ErrorMessage = "请填写依托单位")]
    [StringLength(100, ErrorMessage = "依托单位不能超过100个字")]
    public string HostOrganization { get; set; } = "";

    /// <summary>The union the site belongs to; must be inside your scope.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择所属工会")]
    public int UnionId { get; set; }

    /// <summary>Nine-digit township or street code.</summary>
    [Required(ErrorMessage = "请选择所在乡镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "乡镇（街道）代码应为9位数字")]
    public string RegionCode { get; set; } = "";

    /// <summary>Street address.</summary>
    [Required(ErrorMessage = "请填写详细地址")]
    [StringLength(200, ErrorMessage = "地址不能超过200个字")]
    public string Address { get; set; } = "";

    /// <summary>Latitude, in the system named by <see cref="Coord"/>.</summary>
    [Required(ErrorMessage = "请填写纬度")]
    [Range(3.0, 54.0, ErrorMessage = "纬度应在中国境内（3 到 54 之间）")]
    public double? Latitude { get; set; }

    /// <summary>Longitude, in the system named by <see cref="Coord"/>.</summary>
    [Required(ErrorMessage = "请填写经度")]
    [Range(73.0, 136.0, ErrorMessage = "经度应在中国境内（73 到 136 之间）")]
    public double? Longitude { get; set; }

    /// <summary><c>wgs84</c> (GPS, the default) or <c>gcj02</c> (coordinates copied from Amap or Tencent maps).</summary>
    [RegularExpression("^(wgs84|gcj02)$", ErrorMessage = "坐标系应为 wgs84 或 gcj02")]
    public string? Coord { get; set; }

    /// <summary>Contact person.</summary>
    [StringLength(20, ErrorMessage = "联系人不能超过20个字")]
    public string? ContactName { get; set; }

    /// <summary>Service phone: a mobile number or a landline with area code (0833-1234567).</summary>
    [RegularExpression(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|400-?\d{3}-?\d{4})$", ErrorMessage = "联系电话应为手机号或带区号的座机号")]
    public string? ContactPhone { get; set; }

    /// <summary>A short introduction for workers.</summary>
    [StringLength(1000, ErrorMessage = "简介不能超过1000个字")]
    public string? Description { get; set; }

    /// <summary>Ids from the function-area dictionary.</summary>
    public List<int> FunctionAreaIds { get; set; } = [];

    /// <summary>Outdoor-worker stations: DrinkingWater, FoodHeating, Charging, Toilet, Rest, FirstAid, Shelter.</summary>
    public List<StationAmenity> Amenities { get; set; } = [];

    /// <summary>Weekly opening periods.</summary>
    public List<OpeningPeriodInput> OpeningHours { get; set; } = [];

    /// <summary>Dated exceptions (holidays, special hours).</summary>
    public List<SpecialDayInput> SpecialDays { get; set; } = [];

    /// <summary>Mobile sites: first day in place.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Mobile sites: last day in place.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>Mobile sites: the project or gathering place served (承载项目).</summary>
    [StringLength(100, ErrorMessage = "承载项目不能超过100个字")]
    public string? HostProject { get; set; }

    /// <summary>Updates only: the version you edited. An edit of an older version is refused (409).</summary>
    public int? Version { get; set; }
}

/// <summary>A weekly opening period.</summary>
public sealed record OpeningPeriodInput
{
    /// <summary>1 = Monday … 7 = Sunday.</summary>
    [Range(1, 7, ErrorMessage = "星期应为 1（周一）到 7（周日）")]
    public int Day { get; set; } = 1;

    /// <summary>Opening time, HH:mm.</summary>
    [Required(ErrorMessage = "请填写开门时间")]
    public string Opens { get; set; } = "09:00";

    /// <summary>Closing time, HH:mm (24:00 for midnight).</summary>
    [Required(ErrorMessage = "请填写关门时间")]
    public string Closes { get; set; } = "18:00";
}

/// <summary>A dated exception to the weekly hours.</summary>
public sealed record SpecialDayInput
{
    /// <summary>The date (Beijing).</summary>
    [Required(ErrorMessage = "请填写日期")]
    public DateOnly? Date { get; set; }

    /// <summary>Closed all day.</summary>
    public bool Closed { get; set; } = true;

    /// <summary>Special opening time when not closed, HH:mm.</summary>
    public string? Opens { get; set; }

    /// <summary>Special closing time when not closed, HH:mm.</summary>
    public string? Closes { get; set; }

    /// <summary>Why (for example 国庆节).</summary>
    [StringLength(100, ErrorMessage = "说明不能超过100个字")]
    public string? Note { get; set; }
}
