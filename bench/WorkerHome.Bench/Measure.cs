using System.Diagnostics;
using System.Globalization;

namespace WorkerHome.Bench;

/// <summary>One scenario's run: how many operations, how long, and each operation's latency.</summary>
internal sealed record Run(string Scenario, string Baseline, int Operations, int Concurrency, TimeSpan Elapsed, double[] LatenciesMs, int Failures)
{
    public double Throughput => Operations / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

internal static class Measure
{
    /// <summary>Runs <paramref name="operation"/> for indexes 0..count-1 on <paramref name="concurrency"/> workers.</summary>
    public static async Task<Run> RunAsync(string scenario, string baseline, int count, int concurrency, Func<int, Task<bool>> operation)
    {
        var latencies = new double[count];
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        clock.Stop();
        return new Run(scenario, baseline, count, concurrency, clock.Elapsed, latencies, failures);
    }

    /// <summary>A Markdown table: each scenario with its throughput and latencies, and its cost per operation relative to its baseline.</summary>
    public static string Table(IReadOnlyList<Run> runs)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            "| scenario | concurrency | operations | failed | ops/s | p50 ms | p95 ms | p99 ms | cost vs baseline |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|",
        };
        foreach (var run in runs)
        {
            var baseline = runs.FirstOrDefault(r => r.Scenario == run.Baseline && r.Concurrency == run.Concurrency);
            var ratio = baseline is null || ReferenceEquals(baseline, run)
                ? "baseline"
                : string.Format(c, "{0:0.0}× {1}", baseline.Throughput / run.Throughput, run.Baseline);
            lines.Add(string.Format(c, "| {0} | {1} | {2} | {3} | {4:0} | {5:0.0} | {6:0.0} | {7:0.0} | {8} |",
                run.Scenario, run.Concurrency, run.Operations, run.Failures, run.Throughput, run.Percentile(50), run.Percentile(95), run.Percentile(99), ratio));
        }
        return string.Join(Environment.NewLine, lines);
    }
}
