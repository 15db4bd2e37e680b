namespace WorkerHome.Features.Training;

/// <summary>The <c>Training</c> section: the test-only switch that removes the place and opening guards.</summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>
    /// Tests only: take a course place and a job opening by reading the count, checking it in memory and writing
    /// it back, without the conditional statements, to show that the concurrency tests catch an oversell.
    /// Refused in any other environment.
    /// </summary>
    public bool UnguardedForTests { get; set; }
}
