using System.ComponentModel.DataAnnotations;
using WorkerHome.Features.Sites;

namespace WorkerHome.Features.Standards;

/// <summary>A standard as staff enter it: the body of create and update, and the console editor's model.</summary>
public sealed class StandardInput
{
    /// <summary>Name, e.g. 乐山市共享职工之家建设标准（市级）.</summary>
    [Required(ErrorMessage = "请填写标准名称")]
    [StringLength(100, ErrorMessage = "标准名称不能超过100个字")]
    public string Name { get; set; } = "";

    /// <summary>The owning union: a city or county union inside your scope.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择制定标准的工会")]
    public int UnionId { get; set; }

    /// <summary>Enterprise (主体), Shared (共享) or Mobile (流动).</summary>
    [Required(ErrorMessage = "请选择阵地形态")]
    public SiteForm? Form { get; set; }

    /// <summary>Provincial, City or County.</summary>
    [Required(ErrorMessage = "请选择阵地级别")]
    public SiteRating? Rating { get; set; }

    /// <summary>Points a site needs to pass; at most the items' total weight.</summary>
    [Range(0, 10_000, ErrorMessage = "达标分数应在 0 到 10000 之间")]
    public int PassScore { get; set; }

    /// <summary>Free note (source document, year).</summary>
    [StringLength(500, ErrorMessage = "说明不能超过500个字")]
    public string? Note { get; set; }

    /// <summary>For update: the version the edit was based on.</summary>
    public int? Version { get; set; }

    /// <summary>The checklist, in order. On update items sent with an id keep it; items not sent are removed.</summary>
    public List<StandardItemInput> Items { get; set; } = [];
}

/// <summary>One checklist item as entered.</summary>
public sealed class StandardItemInput
{
    /// <summary>Id of an existing item of this standard; empty for a new item.</summary>
    public int? Id { get; set; }

    /// <summary>Heading: 场地面积, 功能区, 标识标牌, 开放时间, 人员值守, 台账制度.</summary>
    [Required(ErrorMessage = "请填写类别")]
    [StringLength(20, ErrorMessage = "类别不能超过20个字")]
    public string Category { get; set; } = "";

    /// <summary>What is checked.</summary>
    [Required(ErrorMessage = "请填写检查项")]
    [StringLength(100, ErrorMessage = "检查项不能超过100个字")]
    public string Title { get; set; } = "";

    /// <summary>The requirement as the guide words it.</summary>
    [StringLength(300, ErrorMessage = "要求不能超过300个字")]
    public string? Requirement { get; set; }

    /// <summary>Check (达标项) or Minimum (数值下限).</summary>
    [Required(ErrorMessage = "请选择检查方式")]
    public StandardItemKind? Kind { get; set; }

    /// <summary>For a minimum item: the least value that meets it.</summary>
    [Range(0, 1_000_000, ErrorMessage = "下限应在 0 到 1000000 之间")]
    public decimal? Minimum { get; set; }

    /// <summary>For a minimum item: 平方米, 小时/周, 人.</summary>
    [StringLength(20, ErrorMessage = "单位不能超过20个字")]
    public string? Unit { get; set; }

    /// <summary>A function area the site must have (answered by the site's own areas).</summary>
    public int? FunctionAreaId { get; set; }

    /// <summary>Points, 1 to 100.</summary>
    [Range(1, 100, ErrorMessage = "分值应在 1 到 100 之间")]
    public int Weight { get; set; }
}
