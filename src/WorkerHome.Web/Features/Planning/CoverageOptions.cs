namespace WorkerHome.Features.Planning;

/// <summary>The <c>Coverage</c> section: how far a shared site reaches when coverage is measured.</summary>
public sealed class CoverageOptions
{
    public const string Section = "Coverage";
    public const double MinThresholdKm = 0.5;
    public const double MaxThresholdKm = 50;

    /// <summary>A township counts as covered when its nearest operating shared site is at most this far (default 5 km).</summary>
    public double ThresholdKm { get; set; } = 5;
}
