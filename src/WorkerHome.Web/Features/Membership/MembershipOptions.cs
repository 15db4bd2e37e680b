namespace WorkerHome.Features.Membership;

/// <summary>The <c>Membership</c> section.</summary>
public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>The wording of the ID-number consent the apply form shows; stored with each application.</summary>
    public const string ConsentVersion = "membership-id-2026-01";

    /// <summary>Working days staff have to decide an application (审核时限).</summary>
    public int ReviewWorkingDays { get; set; } = 5;

    /// <summary>
    /// Tests only: allocate member numbers by reading the last serial, waiting, and writing it back, without the
    /// conditional statement, to show that the concurrency test catches duplicate numbers. Refused elsewhere.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
