namespace WorkerHome.Features.Funding;

/// <summary>The <c>Funding</c> section: the test-only switch that removes the payment guard.</summary>
public sealed class FundingOptions
{
    public const string Section = "Funding";

    /// <summary>
    /// Tests only: record a payment by reading the line's paid amount, checking it in memory and writing the sum
    /// back, without the conditional statement and the transaction, to show that the concurrent-payment test
    /// catches payments beyond the approval. Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
