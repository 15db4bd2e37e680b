namespace WorkerHome.Infrastructure.Privacy;

/// <summary>
/// One full view of a piece of sensitive personal data (an ID number, a phone, income, health): who, when, which
/// record and field, and the reason they gave. Append-only (the database refuses updates and deletes) and
/// hash-chained: each entry's <see cref="Hash"/> covers its content and the previous entry's hash, and a unique index on
/// <see cref="PreviousHash"/> keeps the chain from forking, so a removed, altered or inserted entry shows on verification.
/// </summary>
public sealed class SensitiveAccess
{
    /// <summary>How long entries are kept at least (the log is never pruned by the application).</summary>
    public const int RetentionDays = 180;

    public const int MinReasonLength = 4;
    public const int MaxReasonLength = 200;

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";

    /// <summary>Which datum was shown: IdNumber, Phone, Income, Health…</summary>
    public string Field { get; set; } = "";

    /// <summary>Whose data, as shown in lists (masked name, alias or case number): never the datum itself.</summary>
    public string Label { get; set; } = "";

    public int? UnionId { get; set; }
    public string Reason { get; set; } = "";
    public string? IpAddress { get; set; }

    /// <summary>The hash of the entry before ("" for the first).</summary>
    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
