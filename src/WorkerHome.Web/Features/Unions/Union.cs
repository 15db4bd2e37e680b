using System.ComponentModel.DataAnnotations;
using System.Globalization;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Unions;

/// <summary>
/// A node of the union hierarchy (全总 › 省总 › 市总 › 县区总 › 乡镇街道 › 基层). Every record belongs to a node;
/// staff granted on a node act on its whole subtree. <see cref="Path"/> holds the ids from the root down
/// ("/1/2/5/"), so "is X inside Y's subtree" is a prefix test the database can answer with an index.
/// </summary>
public sealed class Union : IAudited
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public UnionLevel Level { get; set; }
    public int? ParentId { get; set; }
    /// <summary>Derived from <see cref="ParentId"/>; the log records the parent, not this.</summary>
    [NotAudited]
    public string Path { get; set; } = "";
    public string? RegionCode { get; set; }
    public int SortOrder { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => Id == 0 ? ParentId : Id;

    string IAudited.AuditLabel => Name;

    /// <summary>Sets the path once the database has given this node its id.</summary>
    public void PlaceUnder(Union? parent)
    {
        if (Id == 0)
        {
            throw new InvalidOperationException("A union gets its path after it has an id.");
        }
        ParentId = parent?.Id;
        Path = (parent?.Path ?? "/") + Id.ToString(CultureInfo.InvariantCulture) + "/";
    }

    public bool IsWithin(string ancestorPath) => Path.StartsWith(ancestorPath, StringComparison.Ordinal);
}

public enum UnionLevel
{
    [Display(Name = "全国总工会")]
    National = 0,

    [Display(Name = "省级工会")]
    Province = 1,

    [Display(Name = "市级工会")]
    City = 2,

    [Display(Name = "县区级工会")]
    County = 3,

    [Display(Name = "乡镇（街道）工会")]
    Township = 4,

    [Display(Name = "基层工会")]
    Grassroots = 5,
}
