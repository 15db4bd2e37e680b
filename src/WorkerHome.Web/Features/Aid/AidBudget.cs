namespace WorkerHome.Features.Aid;

/// <summary>
/// A union's yearly aid budget (fen) and quota (people). The final (city) approval consumes the city union's row by
/// one conditional statement, so <see cref="UsedFen"/> and <see cref="UsedCount"/> never pass the limits.
/// </summary>
public sealed class AidBudget
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public int Year { get; set; }
    public long BudgetFen { get; set; }
    public int QuotaCount { get; set; }
    public long UsedFen { get; set; }
    public int UsedCount { get; set; }
}
