using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Sites;

/// <summary>
/// A kind of function area (功能区) from the dictionary staff maintain, such as 职工书屋 or 心理驿站, and the
/// core functions it serves. A site's five marks are derived from the areas it has.
/// </summary>
public sealed class FunctionArea : IAudited
{
    public int Id { get; set; }

    /// <summary>A stable code name (reading_room); the Chinese name may be edited.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public CoreFunction CoreFunctions { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public string? Description { get; set; }

    int? IAudited.AuditUnionId => null;

    string IAudited.AuditLabel => Name;
}
