using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Menu;

/// <summary>
/// One service on a menu: a class, a consultation, an activity. Built from a group of needs (whose authors are
/// told when the menu is published) or from scratch. Orders go to its sessions; interest without a session counts
/// toward opening one.
/// </summary>
public sealed class MenuItem : IAudited
{
    public const int DefaultClassSize = 20;

    public int Id { get; set; }
    public int MenuId { get; set; }

    /// <summary>The menu's union, kept here so scope checks need no join.</summary>
    public int UnionId { get; set; }

    public string Title { get; set; } = "";
    public NeedCategory Category { get; set; }
    public string? Description { get; set; }
    public ServiceMode Mode { get; set; }
    public DeliveryScale Scale { get; set; }
    public DeliveryChannel Channel { get; set; }
    public ProviderType ProviderType { get; set; }
    public string? TargetGroup { get; set; }
    public int ClassSize { get; set; } = DefaultClassSize;
    public int? GroupId { get; set; }

    /// <summary>Workers who want the item before it has a session; one conditional statement per new interest.</summary>
    public int InterestCount { get; set; }

    /// <summary>When staff were told the interest reached the class size (once).</summary>
    public DateTimeOffset? SchedulingPromptedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;
}

/// <summary>A need an item answers.</summary>
public sealed class MenuItemNeed
{
    public int MenuItemId { get; set; }
    public int NeedId { get; set; }
}

/// <summary>A worker's interest in an item that has no session yet, once each.</summary>
public sealed class ItemInterest
{
    public int MenuItemId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
