using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Planning;

/// <summary>
/// A union's yearly construction plan (年度建设计划表): its targets for the counties below it (<see cref="PlanTarget"/>)
/// and the subsidy budget it selects projects within. <see cref="CommittedFen"/> is what selections have already
/// granted; it is raised by one conditional statement so two selections at once can never pass the budget.
/// </summary>
public sealed class ConstructionPlan : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The year's subsidy budget for the projects this union selects, in fen.</summary>
    public long BudgetFen { get; set; }

    /// <summary>Subsidies granted at selection so far, in fen; never above <see cref="BudgetFen"/>.</summary>
    public long CommittedFen { get; set; }

    public string? Note { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;
}
