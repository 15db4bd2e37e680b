namespace WorkerHome.Features.Sites;

/// <summary>The columns of the site spreadsheet, shared by the template, the export and the import.</summary>
public static class SiteSheet
{
    public const string SheetName = "阵地";
    public const string Name = "阵地名称";
    public const string Form = "形态";
    public const string Rating = "级别";
    public const string Status = "状态";
    public const string Host = "依托单位";
    public const string Union = "所属工会";
    public const string RegionCode = "区划代码";
    public const string Township = "乡镇（街道）";
    public const string Address = "详细地址";
    public const string Latitude = "纬度";
    public const string Longitude = "经度";
    public const string ContactName = "联系人";
    public const string ContactPhone = "联系电话";
    public const string Areas = "功能区";
    public const string Amenities = "驿站设施";
    public const string Hours = "开放时间";
    public const string ValidFrom = "有效期起";
    public const string ValidTo = "有效期止";
    public const string HostProject = "承载项目";
    public const string Description = "简介";

    public static readonly IReadOnlyList<string> Columns =
    [
        Name, Form, Rating, Status, Host, Union, RegionCode, Township, Address, Latitude, Longitude,
        ContactName, ContactPhone, Areas, Amenities, Hours, ValidFrom, ValidTo, HostProject, Description,
    ];

    public static readonly IReadOnlyList<string> Required = [Name, Form, Rating, Status, Host, Union, Address, Latitude, Longitude];

    /// <summary>Which column an input field's error belongs to.</summary>
    public static string ColumnOf(string field) => field switch
    {
        "name" => Name,
        "form" => Form,
        "rating" => Rating,
        "status" => Status,
        "hostOrganization" => Host,
        "unionId" => Union,
        "regionCode" => Township,
        "address" => Address,
        "latitude" => Latitude,
        "longitude" => Longitude,
        "contactName" => ContactName,
        "contactPhone" => ContactPhone,
        "description" => Description,
        "validFrom" => ValidFrom,
        "validTo" => ValidTo,
        "hostProject" => HostProject,
        _ when field.StartsWith("functionAreaIds", StringComparison.Ordinal) => Areas,
        _ when field.StartsWith("amenities", StringComparison.Ordinal) => Amenities,
        _ when field.StartsWith("openingHours", StringComparison.Ordinal) => Hours,
        _ => field,
    };

    /// <summary>How to fill each column, for the template's second sheet.</summary>
    public static readonly IReadOnlyList<(string Column, string Rule)> Guide =
    [
        (Name, "必填，100字以内；同一工会下不能重名"),
        (Form, "必填：主体、共享 或 流动"),
        (Rating, "必填：省级、市级 或 县级"),
        (Status, "必填：规划中、建设中、运营中、暂停开放 或 已关闭"),
        (Host, "必填：依托的企业、社区或项目"),
        (Union, "必填：所属工会的全称，须在您的管理范围内"),
        (RegionCode, "9位乡镇（街道）代码；填写后优先于“乡镇（街道）”名称"),
        (Township, "乡镇或街道名称；与区划代码二选一"),
        (Address, "必填"),
        (Latitude, "必填，WGS-84（GPS）坐标，如 29.5952"),
        (Longitude, "必填，WGS-84（GPS）坐标，如 103.4891"),
        (ContactPhone, "手机号或带区号的座机号，如 0833-5551234"),
        (Areas, "功能区名称，用顿号分隔，如 职工书屋、心理驿站"),
        (Amenities, "户外劳动者驿站填写：饮水、热饭、充电、如厕、休息、应急药箱、避暑取暖，用顿号分隔"),
        (Hours, "如 周一至周五 09:00-18:00；周六 09:00-12:00，或 每天 08:30-21:00"),
        (ValidFrom, "流动阵地必填，如 2026-03-01"),
        (ValidTo, "流动阵地必填，如 2027-06-30"),
        (HostProject, "流动阵地必填：服务的工程项目或聚集地"),
    ];
}
