namespace WorkerHome.Features.Aid;

/// <summary>The <c>Aid</c> section.</summary>
public sealed class AidOptions
{
    public const string Section = "Aid";

    /// <summary>The wording of the household-income and health consent the form shows; stored with each application.</summary>
    public const string ConsentVersion = "aid-income-health-2026-01";

    /// <summary>The most one application may request, in fen (2 万元).</summary>
    public long MaxAmountFen { get; set; } = 2_000_000;

    /// <summary>Days of public notice (公示) after the city's approval before payment may be recorded.</summary>
    public int NoticeDays { get; set; } = 7;

    /// <summary>
    /// Tests only: consume the budget by reading, checking, waiting and writing back instead of the conditional
    /// statement, to show that the concurrency test catches an oversold budget. Refused elsewhere.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
