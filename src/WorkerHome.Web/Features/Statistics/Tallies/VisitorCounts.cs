using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// The changes one visitor update makes to the unions' <see cref="VisitorTally"/> rows, gathered and then written as
/// one atomic increment per (union, month). The rows are written in key order, so two workers' updates that share
/// unions (every path starts at the root) take the row locks in the same order and cannot deadlock each other.
/// </summary>
internal sealed class VisitorCounts
{
    private readonly SortedDictionary<(int UnionId, int Month), (int Visitors, int Newcomers)> changes = [];

    /// <summary>The worker's month row was added (+1) or removed (−1) on each of these unions.</summary>
    public void Served(IEnumerable<int> unionIds, int month, int delta)
    {
        foreach (var unionId in unionIds)
        {
            Add(unionId, month, delta, 0);
        }
    }

    /// <summary>The worker's first month of the year on a union went from one month (or none) to another (or none).</summary>
    public void FirstMonthMoved(int unionId, int? from, int? to)
    {
        if (from == to)
        {
            return;
        }
        if (from is { } old)
        {
            Add(unionId, old, 0, -1);
        }
        if (to is { } now)
        {
            Add(unionId, now, 0, +1);
        }
    }

    public async Task WriteAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = changes.Where(c => c.Value != (0, 0)).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        var sql = new StringBuilder("INSERT INTO \"StatVisitorTallies\" (\"UnionId\", \"Month\", \"Visitors\", \"Newcomers\") VALUES ");
        var args = new List<object>();
        foreach (var ((unionId, month), (visitors, newcomers)) in rows)
        {
            sql.Append(args.Count == 0 ? "" : ", ")
                .Append(CultureInfo.InvariantCulture, $"({{{args.Count}}}, {{{args.Count + 1}}}, {{{args.Count + 2}}}, {{{args.Count + 3}}})");
            args.AddRange([unionId, month, visitors, newcomers]);
        }
        sql.Append("""
             ON CONFLICT ("UnionId", "Month") DO UPDATE SET
                "Visitors" = "StatVisitorTallies"."Visitors" + excluded."Visitors",
                "Newcomers" = "StatVisitorTallies"."Newcomers" + excluded."Newcomers"
            """);
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), args, ct);
    }

    private void Add(int unionId, int month, int visitors, int newcomers)
    {
        var now = changes.GetValueOrDefault((unionId, month));
        changes[(unionId, month)] = (now.Visitors + visitors, now.Newcomers + newcomers);
    }
}
