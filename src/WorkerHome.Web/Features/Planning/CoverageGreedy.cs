using System.Globalization;
using WorkerHome.Infrastructure.Maps;

namespace WorkerHome.Features.Planning;

/// <summary>A township as the greedy choice sees it.</summary>
public sealed record GreedyTownship(string Code, string Name, int Workers, GeoPoint? Point, bool AlreadyCovered);

/// <summary>One suggested site and what it adds.</summary>
/// <param name="Order">1 for the first pick.</param>
/// <param name="Code">The township to build in.</param>
/// <param name="Name">Its name.</param>
/// <param name="NewlyCovered">The townships it brings within reach (names), best first.</param>
/// <param name="NewlyCoveredCodes">Their codes, in the same order.</param>
/// <param name="Workers">Workers newly covered.</param>
/// <param name="RateBefore">Share of all workers covered before this pick, 0–1.</param>
/// <param name="RateAfter">And after it.</param>
/// <param name="Explanation">The pick in one Chinese sentence.</param>
public sealed record CoveragePick(int Order, string Code, string Name, IReadOnlyList<string> NewlyCovered, IReadOnlyList<string> NewlyCoveredCodes,
    int Workers, double RateBefore, double RateAfter, string Explanation);

/// <summary>
/// Where to build the next shared sites: greedy maximum coverage. Each candidate is a township's reference point; it
/// covers the townships within the threshold that no existing shared site covers yet. Each round takes the candidate
/// covering the most uncovered workers (ties: more townships, then the lower region code), until N are picked or
/// nothing more can be covered. Greedy is within 1 − 1/e of the best possible choice, and every step can be explained.
/// </summary>
public static class CoverageGreedy
{
    public static IReadOnlyList<CoveragePick> Choose(IReadOnlyList<GreedyTownship> townships, double thresholdKm, int count)
    {
        ArgumentNullException.ThrowIfNull(townships);
        var total = townships.Sum(t => (long)t.Workers);
        var covered = townships.Where(t => t.AlreadyCovered).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var coveredWorkers = townships.Where(t => t.AlreadyCovered).Sum(t => (long)t.Workers);
        var located = townships.Where(t => t.Point is not null).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var reach = located.ToDictionary(c => c.Code,
            c => located.Where(t => c.Point!.Value.DistanceKmTo(t.Point!.Value) <= thresholdKm).ToList(), StringComparer.Ordinal);

        var picks = new List<CoveragePick>();
        while (picks.Count < count)
        {
            var best = located
                .Select(c => (Candidate: c, Gain: reach[c.Code].Where(t => !covered.Contains(t.Code)).ToList()))
                .Select(x => (x.Candidate, x.Gain, Workers: x.Gain.Sum(t => (long)t.Workers)))
                .OrderByDescending(x => x.Workers).ThenByDescending(x => x.Gain.Count).ThenBy(x => x.Candidate.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Gain is not { Count: > 0 })
            {
                break;
            }
            var before = Rate(coveredWorkers, total);
            var gained = best.Gain.OrderByDescending(t => t.Workers).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
            covered.UnionWith(gained.Select(t => t.Code));
            coveredWorkers += best.Workers;
            var after = Rate(coveredWorkers, total);
            var order = picks.Count + 1;
            var names = gained.Select(t => t.Name).ToList();
            var explanation = string.Create(CultureInfo.InvariantCulture,
                $"第 {order} 个：建在{best.Candidate.Name}，新覆盖{string.Join("、", names)}共 {best.Workers} 名职工，累计覆盖率由 {before * 100:0.0}% 升至 {after * 100:0.0}%");
            picks.Add(new CoveragePick(order, best.Candidate.Code, best.Candidate.Name, names, gained.Select(t => t.Code).ToList(),
                (int)best.Workers, before, after, explanation));
        }
        return picks;
    }

    private static double Rate(long covered, long total) => total == 0 ? 0 : (double)covered / total;
}
