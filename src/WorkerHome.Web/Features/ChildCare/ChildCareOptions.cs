namespace WorkerHome.Features.ChildCare;

/// <summary>The <c>ChildCare</c> section.</summary>
public sealed class ChildCareOptions
{
    public const string Section = "ChildCare";

    /// <summary>How long a mother's "我在使用" holds a nursing-room place before it frees itself.</summary>
    public int NursingUseMinutes { get; set; } = 30;

    /// <summary>
    /// Tests only: take a class place by reading the counts, checking them in memory and writing them back, without
    /// the conditional statement and the transaction, to show that the concurrent-enrolment test catches an oversold
    /// class. Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
