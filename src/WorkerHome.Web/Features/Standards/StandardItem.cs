using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Standards;

/// <summary>
/// One line of a standard's checklist, worth <see cref="Weight"/> points when met. A check item is met or not;
/// a minimum item is met when the measured value reaches <see cref="Minimum"/> (floor area, weekly opening hours,
/// staff on duty). An item may name a function area the site must have.
/// </summary>
public sealed class StandardItem
{
    public int Id { get; set; }
    public int StandardId { get; set; }

    /// <summary>The guide's heading: 场地面积, 功能区, 标识标牌, 开放时间, 人员值守, 台账制度.</summary>
    public string Category { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Requirement { get; set; }
    public StandardItemKind Kind { get; set; }

    /// <summary>For <see cref="StandardItemKind.Minimum"/>: the least value that meets the item.</summary>
    public decimal? Minimum { get; set; }

    /// <summary>平方米, 小时/周, 人, 册.</summary>
    public string? Unit { get; set; }

    /// <summary>When set, the site must have this function area (the site's own list answers the item).</summary>
    public int? FunctionAreaId { get; set; }

    public int Weight { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Whether a stated answer meets the item.</summary>
    public bool IsMetBy(bool? met, decimal? value) => Kind switch
    {
        StandardItemKind.Minimum => value is { } v && Minimum is { } min && v >= min,
        _ => met == true,
    };
}

public enum StandardItemKind
{
    [Display(Name = "达标项")]
    Check = 1,

    [Display(Name = "数值下限")]
    Minimum = 2,
}
