namespace WorkerHome.Features.Construction;

/// <summary>The <c>Construction</c> section: the test-only switch that removes the budget guard of selection.</summary>
public sealed class ConstructionOptions
{
    public const string Section = "Construction";

    /// <summary>
    /// Tests only: select by reading the plan's committed sum and writing it back, without the conditional statement,
    /// to show that the selection race test catches an overspend. Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
