using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>Where to build the next shared sites, with the coverage they would bring.</summary>
/// <param name="ThresholdKm">The distance a shared site reaches.</param>
/// <param name="Requested">How many sites were asked for.</param>
/// <param name="Before">Coverage now.</param>
/// <param name="Picks">The suggested sites in order; fewer than asked when nothing more can be covered.</param>
/// <param name="Unreachable">Townships still uncovered after the picks (names), for a different kind of site or a closer look.</param>
public sealed record CoverageSuggestion(double ThresholdKm, int Requested, CoverageSummary Before, IReadOnlyList<CoveragePick> Picks,
    IReadOnlyList<string> Unreachable);

/// <summary>Suggests where the next N shared sites would cover the most workers (greedy maximum coverage).</summary>
public sealed class SuggestSites(ListTownshipCoverage coverage)
{
    public const int MaxCount = 50;

    public async Task<Outcome<CoverageSuggestion>> HandleAsync(string? county, int count, double? thresholdKm, CancellationToken ct)
    {
        if (count is < 1 or > MaxCount)
        {
            return CommonProblems.Field("count", $"建议个数应在 1 到 {MaxCount} 之间");
        }
        var report = await coverage.HandleAsync(county, thresholdKm, ct);
        if (!report.Succeeded)
        {
            return report.Problem;
        }
        var townships = report.Value.Townships.Select(t => new GreedyTownship(t.Code, t.Name, t.Workers,
            t is { Latitude: { } lat, Longitude: { } lng } ? new GeoPoint(lat, lng) : null, t.Covered)).ToList();
        var picks = CoverageGreedy.Choose(townships, report.Value.ThresholdKm, count);
        var reached = picks.SelectMany(p => p.NewlyCoveredCodes).ToHashSet(StringComparer.Ordinal);
        var unreachable = report.Value.Townships.Where(t => !t.Covered && !reached.Contains(t.Code)).Select(t => t.Name).ToList();
        return new CoverageSuggestion(report.Value.ThresholdKm, count, report.Value.Summary, picks, unreachable);
    }
}
