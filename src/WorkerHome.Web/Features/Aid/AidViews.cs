namespace WorkerHome.Features.Aid;

/// <summary>One household member as the worker enters it.</summary>
public sealed class HouseholdMemberInput
{
    public string? Name { get; set; }

    /// <summary>本人, 配偶, 子女, 父母…</summary>
    public string? Relation { get; set; }

    public int Age { get; set; }

    /// <summary>Monthly income in fen (0 for none).</summary>
    public long IncomeFen { get; set; }
}

/// <summary>A household member as stored (inside the encrypted household JSON).</summary>
public sealed record HouseholdMember(string Name, string Relation, int Age, long IncomeFen);

/// <summary>One level's decision.</summary>
public sealed record AidStepView(AidLevel Level, string LevelName, string UnionName, bool Approved, long? AmountFen, string Opinion, string ByName, DateTimeOffset At);

/// <summary>An application in the staff list: the name in full, the ID number and phone masked; no income or health.</summary>
public sealed record AidItem(int Id, string RealName, string IdMasked, string PhoneMasked, int UnionId, string UnionName, AidStatus Status, string StatusName,
    AidLevel Level, string LevelName, string CauseNames, long RequestedFen, long? ApprovedFen, DateTimeOffset SubmittedAt, DateOnly? NoticeEndsOn,
    DateOnly? PaidOn, DateOnly? RecheckDueOn, bool RecheckDue);

/// <summary>An application's detail for staff: still no income or health in clear (those go through the privacy door).</summary>
public sealed record AidDetail(AidItem Item, int HouseholdSize, string CauseDescription, bool HasHealthNote, IReadOnlyList<AidStepView> Steps,
    long? PaidFen, string? PayMethodName, string? PayReference, string? RecheckResultName, string? RecheckNote, DateOnly? RecheckedOn,
    bool CanDecide, bool CanPay);

/// <summary>The worker's own application.</summary>
public sealed record MyAid(int Id, string UnionName, AidStatus Status, string StatusName, AidLevel Level, string LevelName, string CauseNames,
    long RequestedFen, long? ApprovedFen, DateTimeOffset SubmittedAt, DateOnly? NoticeStartsOn, DateOnly? NoticeEndsOn, long? PaidFen, DateOnly? PaidOn,
    string? PayMethodName, IReadOnlyList<AidStepView> Steps);

/// <summary>A public notice line (公示): the masked name, the union and the amount, nothing else.</summary>
public sealed record AidNotice(string NameMasked, string UnionName, long AmountFen, DateOnly NoticeStartsOn, DateOnly NoticeEndsOn);

/// <summary>A union's budget for a year, with what is used and left.</summary>
public sealed record AidBudgetView(int Id, int UnionId, string UnionName, int Year, long BudgetFen, int QuotaCount, long UsedFen, int UsedCount,
    long RemainingFen, int RemainingCount);
