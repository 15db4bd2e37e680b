using System.ComponentModel.DataAnnotations;
using WorkerHome.Features.Needs;

namespace WorkerHome.Features.Volunteers;

/// <summary>What a person says about themselves when registering as a volunteer or editing their record.</summary>
public sealed record VolunteerInput
{
    /// <summary>Lawyer, Judge, Counsellor, Trainer, Doctor, SocialWorker or Other.</summary>
    [Required(ErrorMessage = "请选择资格类别")]
    public Qualification? Qualification { get; set; }

    /// <summary>执业证/资格证编号: 6 to 40 letters or digits.</summary>
    [Required(ErrorMessage = "请填写证书编号")]
    [RegularExpression(VolunteerRules.CertificatePattern, ErrorMessage = VolunteerRules.CertificateMessage)]
    public string CertificateNumber { get; set; } = "";

    /// <summary>工作单位, up to 100 characters.</summary>
    [Required(ErrorMessage = "请填写工作单位")]
    [StringLength(VolunteerRules.MaxOrganizationLength, ErrorMessage = "工作单位不能超过100个字")]
    public string Organization { get; set; } = "";

    /// <summary>The union to serve with: a county/district union or a township/street union.</summary>
    [Required(ErrorMessage = "请选择服务的工会")]
    public int? UnionId { get; set; }

    /// <summary>The need categories the volunteer can serve (at least one).</summary>
    [MinLength(1, ErrorMessage = "请至少选择一项服务领域")]
    public List<NeedCategory> Skills { get; set; } = [];

    /// <summary>Free skill tags (婚姻家庭, 劳动合同…), up to 10 of at most 20 characters.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Townships or streets served (nine-digit region codes, at least one).</summary>
    [MinLength(1, ErrorMessage = "请至少选择一个服务乡镇（街道）")]
    public List<string> RegionCodes { get; set; } = [];

    /// <summary>Weekly windows (Beijing time) in which the volunteer can usually serve.</summary>
    public List<AvailabilityInput> Availability { get; set; } = [];

    /// <summary>Most sessions taken in one calendar month, 1 to 31 (default 4).</summary>
    [Range(1, 31, ErrorMessage = "每月最多场次应在1到31之间")]
    public int? MaxSessionsPerMonth { get; set; }

    /// <summary>A short introduction shown to staff, up to 500 characters.</summary>
    [StringLength(Volunteer.MaxIntroductionLength, ErrorMessage = "个人简介不能超过500个字")]
    public string? Introduction { get; set; }

    /// <summary>Where the volunteer usually sets out from (WGS-84 latitude); optional, with the longitude.</summary>
    [Range(3.0, 54.0, ErrorMessage = "纬度应在中国境内")]
    public double? BaseLatitude { get; set; }

    /// <summary>Where the volunteer usually sets out from (WGS-84 longitude); optional, with the latitude.</summary>
    [Range(73.0, 136.0, ErrorMessage = "经度应在中国境内")]
    public double? BaseLongitude { get; set; }

    /// <summary>The version the edit was based on (required when editing, ignored when registering).</summary>
    public int? Version { get; set; }
}

/// <summary>A weekly window: ISO day (1 = 周一 … 7 = 周日) and times "HH:mm" in Beijing time.</summary>
public sealed record AvailabilityInput
{
    [Range(1, 7, ErrorMessage = "星期应为1到7")]
    public int Day { get; set; }

    [Required(ErrorMessage = "请填写开始时间")]
    public string From { get; set; } = "";

    [Required(ErrorMessage = "请填写结束时间")]
    public string To { get; set; } = "";
}
