using System.ComponentModel.DataAnnotations;
using WorkerHome.Features.Sites;

namespace WorkerHome.Features.Construction;

/// <summary>What an applicant states about a project, at application and when editing a draft.</summary>
public abstract record ProjectFields
{
    /// <summary>The plan year the project is applied for.</summary>
    [Range(2000, 2100, ErrorMessage = "年度应在 2000 到 2100 之间")]
    public int Year { get; set; }

    /// <summary>Project name (for example 绥山镇红华苑社区职工之家提档升级).</summary>
    [Required(ErrorMessage = "请填写项目名称")]
    [StringLength(100, ErrorMessage = "项目名称不能超过100个字")]
    public string Name { get; set; } = "";

    /// <summary>The site form built: Enterprise, Shared or Mobile.</summary>
    [Required(ErrorMessage = "请选择阵地形态")]
    public SiteForm? Form { get; set; }

    /// <summary>The rating applied for: Provincial, City or County; it decides which union reviews.</summary>
    [Required(ErrorMessage = "请选择申报级别")]
    public SiteRating? Rating { get; set; }

    /// <summary>The whole budget in fen (1 元 = 100 fen).</summary>
    [Range(0, 100_000_000_000, ErrorMessage = "项目预算应在 0 到 10 亿元之间")]
    public long BudgetFen { get; set; }

    /// <summary>The subsidy asked of the reviewing union, in fen; at most the budget.</summary>
    [Range(0, 100_000_000_000, ErrorMessage = "申请补贴应在 0 到 10 亿元之间")]
    public long RequestedSubsidyFen { get; set; }

    /// <summary>What will be built and why.</summary>
    [StringLength(1000, ErrorMessage = "项目说明不能超过1000个字")]
    public string? Description { get; set; }
}

/// <summary>An application (申报): the project, the applying union, and the site (an existing one to upgrade, or a new one).</summary>
public sealed record ProjectApplication : ProjectFields
{
    /// <summary>The applying union: in your scope, at county level or below.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择申报单位")]
    public int UnionId { get; set; }

    /// <summary>An existing site of the applicant's subtree to upgrade; leave empty to build a new site.</summary>
    public int? SiteId { get; set; }

    /// <summary>The new site, when <see cref="SiteId"/> is empty; it is created as planned (规划中).</summary>
    public NewSiteInput? Site { get; set; }
}

/// <summary>An edit of a draft project; the applicant and the site stay as applied.</summary>
public sealed record ProjectEdit : ProjectFields
{
    /// <summary>The version you edited; an edit of an older version is refused (409).</summary>
    public int? Version { get; set; }
}

/// <summary>A site to be built by the project.</summary>
public sealed record NewSiteInput
{
    /// <summary>Site name, unique within the applying union.</summary>
    [Required(ErrorMessage = "请填写阵地名称")]
    [StringLength(100, ErrorMessage = "阵地名称不能超过100个字")]
    public string Name { get; set; } = "";

    /// <summary>Nine-digit township or street code within the applicant's county.</summary>
    [Required(ErrorMessage = "请选择所在乡镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "乡镇（街道）代码应为9位数字")]
    public string RegionCode { get; set; } = "";

    /// <summary>Street address.</summary>
    [Required(ErrorMessage = "请填写详细地址")]
    [StringLength(200, ErrorMessage = "地址不能超过200个字")]
    public string Address { get; set; } = "";

    /// <summary>The host organisation (依托单位).</summary>
    [Required(ErrorMessage = "请填写依托单位")]
    [StringLength(100, ErrorMessage = "依托单位不能超过100个字")]
    public string HostOrganization { get; set; } = "";

    /// <summary>WGS-84 latitude.</summary>
    [Required(ErrorMessage = "请填写纬度")]
    [Range(3.0, 54.0, ErrorMessage = "纬度应在中国境内（3 到 54 之间）")]
    public double? Latitude { get; set; }

    /// <summary>WGS-84 longitude.</summary>
    [Required(ErrorMessage = "请填写经度")]
    [Range(73.0, 136.0, ErrorMessage = "经度应在中国境内（73 到 136 之间）")]
    public double? Longitude { get; set; }
}
