namespace WorkerHome.Features.Account;

/// <summary>The <c>SecondFactor</c> section: the test-only switch that removes the reused-code guard.</summary>
public sealed class SecondFactorOptions
{
    public const string Section = "SecondFactor";

    /// <summary>
    /// Tests only: accept any code Identity's authenticator provider accepts, without checking or recording the codes
    /// used in the last five minutes (Identity's own behaviour), to show that the concurrency test catches a reused
    /// code. Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
