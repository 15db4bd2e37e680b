namespace WorkerHome.Features.Library;

/// <summary>The <c>Library</c> section: loan rules of the reading rooms.</summary>
public sealed class LibraryOptions
{
    public const string Section = "Library";

    /// <summary>Days a book may be kept; one renewal adds as many again.</summary>
    public int LoanDays { get; set; } = 30;

    /// <summary>Books a worker may hold at once (reserved or lent).</summary>
    public int MaxLoans { get; set; } = 5;

    /// <summary>Days a reserved copy is held for collection.</summary>
    public int HoldDays { get; set; } = 3;

    /// <summary>Days before the due date the "3 天后到期" reminder goes out.</summary>
    public int RemindDaysBefore { get; set; } = 3;

    /// <summary>
    /// Tests only: take a copy by reading the count, checking it in memory and writing it back, without the
    /// conditional statement and the transaction, to show that the concurrent-reservation test catches a copy lent
    /// twice. Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}

/// <summary>The <c>Library:ReminderPass</c> section: the pass that sends due and overdue reminders and releases lapsed holds.</summary>
public sealed class LibraryReminderOptions
{
    public const string Section = "Library:ReminderPass";

    /// <summary>Whether this node runs the pass (never in the Testing environment; tests call it themselves).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Most loans one pass handles per kind of work.</summary>
    public int BatchSize { get; set; } = 200;
}
