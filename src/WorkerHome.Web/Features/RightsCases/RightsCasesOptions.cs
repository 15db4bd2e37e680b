namespace WorkerHome.Features.RightsCases;

/// <summary>The <c>RightsCases</c> section.</summary>
public sealed class RightsCasesOptions
{
    public const string Section = "RightsCases";

    /// <summary>Working days (holidays skipped) staff have to acknowledge a new case.</summary>
    public int AcknowledgeWorkingDays { get; set; } = 2;

    /// <summary>Calendar days from submission to closing.</summary>
    public int CloseDays { get; set; } = 30;

    /// <summary>
    /// Tests only: number a case by reading the year's highest serial and adding one, outside a transaction and
    /// without the sequence row, to show that the concurrent-submission test catches duplicate numbers.
    /// Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
