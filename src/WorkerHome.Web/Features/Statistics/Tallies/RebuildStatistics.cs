using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>All the statistics' counters.</summary>
public sealed record StatisticsCounters(List<SessionTally> Tallies, List<CellTally> Cells, List<NeedTally> Needs, List<VisitorMonth> Months,
    List<VisitorYear> Years, List<VisitorTally> Visitors);

/// <summary>
/// Recomputes every session tally and visitor row from the check-ins, feedback and room bookings. Run at startup when
/// the rows exist without their counters (a database from before the counters, or rows loaded in bulk: the demo data,
/// the data generator); the live paths keep them in step afterwards (<see cref="StatisticsTallies"/>).
/// </summary>
public sealed class RebuildStatistics(AppDbContext db)
{
    /// <summary>Rebuilds when there are rows to count and no counters; true when it did.</summary>
    public async Task<bool> EnsureBuiltAsync(CancellationToken ct)
    {
        var talliesMissing = (!await db.SessionTallies.AnyAsync(ct) && (await db.CheckIns.AnyAsync(ct) || await db.Feedback.AnyAsync(ct)))
            || (!await db.CellTallies.AnyAsync(ct)
                && (await db.SessionTallies.AnyAsync(ct) || await db.Sessions.AnyAsync(s => s.SeatsSealedAt != null && s.Confirmed > 0, ct)))
            || (!await db.NeedTallies.AnyAsync(ct) && await db.Needs.AnyAsync(ct));
        var visitorsMissing = (!await db.VisitorMonths.AnyAsync(ct)
                && (await db.CheckIns.AnyAsync(ct) || await db.RoomBookings.AnyAsync(b => b.CheckedInAt != null, ct)))
            || (!await db.VisitorTallies.AnyAsync(ct) && await db.VisitorMonths.AnyAsync(ct));
        if (!talliesMissing && !visitorsMissing)
        {
            return false;
        }
        await RebuildAsync(ct);
        return true;
    }

    /// <summary>Replaces all counters, in one transaction.</summary>
    public async Task RebuildAsync(CancellationToken ct) =>
        await db.InTransactionAsync<Done>(async token =>
        {
            await db.SessionTallies.ExecuteDeleteAsync(token);
            await db.CellTallies.ExecuteDeleteAsync(token);
            await db.VisitorMonths.ExecuteDeleteAsync(token);
            await db.VisitorYears.ExecuteDeleteAsync(token);
            await db.VisitorTallies.ExecuteDeleteAsync(token);
            await db.NeedTallies.ExecuteDeleteAsync(token);
            var counters = await ComputeAsync(token);
            await WriteAsync(counters.Tallies, token);
            await AddInChunksAsync(counters.Cells, token);
            await AddInChunksAsync(counters.Needs, token);
            await WriteAsync(counters.Months, counters.Years, token);
            await AddInChunksAsync(counters.Visitors, token);
            return Done.Value;
        }, ct);

    /// <summary>Every counter as the rows say it should be, without writing (the rebuild writes these; tests compare).</summary>
    public async Task<StatisticsCounters> ComputeAsync(CancellationToken ct)
    {
        var (months, years) = await VisitorsAsync(ct);
        var tallies = await TalliesAsync(ct);
        return new StatisticsCounters(tallies, await CellsAsync(tallies, ct), await NeedsAsync(ct), months, years, Counted(months, years));
    }

    /// <summary>The held sessions' tallies, and the sealed ones' confirmed seats, summed per union, site and month.</summary>
    private async Task<List<CellTally>> CellsAsync(List<SessionTally> tallies, CancellationToken ct)
    {
        var cells = new SortedDictionary<(int UnionId, int Month, int SiteKey), CellTally>();
        CellTally At(int unionId, int? siteId, DateTimeOffset startsAt)
        {
            var key = (unionId, MonthKeys.Of(startsAt), siteId ?? 0);
            return cells.TryGetValue(key, out var cell) ? cell : cells[key] = new CellTally { UnionId = key.unionId, Month = key.Item2, SiteKey = key.Item3 };
        }
        var sealedSeats = db.Sessions.AsNoTracking().Where(s => s.Status == SessionStatus.Scheduled && s.SeatsSealedAt != null && s.Confirmed > 0)
            .Select(s => new { s.UnionId, s.SiteId, s.StartsAt, s.Confirmed }).AsAsyncEnumerable();
        await foreach (var s in sealedSeats.WithCancellation(ct))
        {
            At(s.UnionId, s.SiteId, s.StartsAt).Orders += s.Confirmed;
        }
        // The sessions the tallies come from: those with check-ins or feedback.
        var places = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Scheduled && (db.CheckIns.Any(c => c.SessionId == s.Id) || db.Feedback.Any(f => f.SessionId == s.Id)))
            .Select(s => new { s.Id, s.UnionId, s.SiteId, s.StartsAt }).ToDictionaryAsync(s => s.Id, ct);
        foreach (var t in tallies)
        {
            if (!places.TryGetValue(t.SessionId, out var s))
            {
                continue;
            }
            var cell = At(s.UnionId, s.SiteId, s.StartsAt);
            cell.CheckIns += t.CheckIns;
            cell.Attended += t.Attended;
            cell.Feedbacks += t.Feedbacks;
            cell.Ratings += t.Ratings;
            cell.Stars += t.Stars;
            cell.Satisfied += t.Satisfied;
            cell.Low += t.Low;
        }
        return cells.Values.ToList();
    }

    /// <summary>Per union and month: the month rows, and the year rows whose first month it is.</summary>
    private static List<VisitorTally> Counted(List<VisitorMonth> months, List<VisitorYear> years)
    {
        var counts = new SortedDictionary<(int UnionId, int Month), VisitorTally>();
        VisitorTally At(int unionId, int month) =>
            counts.TryGetValue((unionId, month), out var t) ? t : counts[(unionId, month)] = new VisitorTally { UnionId = unionId, Month = month };
        foreach (var m in months)
        {
            At(m.UnionId, m.Month).Visitors++;
        }
        foreach (var y in years)
        {
            At(y.UnionId, y.Year * 100 + y.FirstMonth).Newcomers++;
        }
        return counts.Values.ToList();
    }

    /// <summary>Needs per union and month: a few thousand cells, grouped here because the month is Beijing time.</summary>
    private async Task<List<NeedTally>> NeedsAsync(CancellationToken ct)
    {
        var counts = new Dictionary<(int Union, int Month), int>();
        await foreach (var n in db.Needs.AsNoTracking().Select(n => new { n.UnionId, n.CreatedAt }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (n.UnionId, MonthKeys.Of(n.CreatedAt));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts.OrderBy(c => c.Key).Select(c => new NeedTally { UnionId = c.Key.Union, Month = c.Key.Month, Needs = c.Value }).ToList();
    }

    private async Task<List<SessionTally>> TalliesAsync(CancellationToken ct)
    {
        var checkIns = await db.CheckIns.GroupBy(c => c.SessionId)
            .Select(g => new { SessionId = g.Key, Count = g.Count(), Attended = g.Count(c => c.OrderId != null) }).ToDictionaryAsync(x => x.SessionId, ct);
        var feedback = await db.Feedback.GroupBy(f => f.SessionId).Select(g => new
        {
            SessionId = g.Key,
            Count = g.Count(),
            Ratings = g.Count() * 2 + g.Count(f => f.VenueStars != null),
            Stars = g.Sum(f => f.ContentStars + f.ProviderStars + (f.VenueStars ?? 0)),
            Satisfied = g.Count(f => f.ContentStars >= 4) + g.Count(f => f.ProviderStars >= 4) + g.Count(f => f.VenueStars >= 4),
            Low = g.Count(f => f.IsLow),
        }).ToDictionaryAsync(x => x.SessionId, ct);
        return checkIns.Keys.Union(feedback.Keys).Order().Select(id =>
        {
            var c = checkIns.GetValueOrDefault(id);
            var f = feedback.GetValueOrDefault(id);
            return new SessionTally
            {
                SessionId = id, CheckIns = c?.Count ?? 0, Attended = c?.Attended ?? 0, Feedbacks = f?.Count ?? 0, Ratings = f?.Ratings ?? 0,
                Stars = f?.Stars ?? 0, Satisfied = f?.Satisfied ?? 0, Low = f?.Low ?? 0,
            };
        }).ToList();
    }

    /// <summary>Each worker's (union, month) pairs on the leaf unions, spread over the unions on their paths.</summary>
    private async Task<(List<VisitorMonth> Months, List<VisitorYear> Years)> VisitorsAsync(CancellationToken ct)
    {
        var paths = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => UnionPaths.Ids(u.Path), ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.Status == SessionStatus.Scheduled && db.CheckIns.Any(c => c.SessionId == s.Id))
            .Select(s => new { s.Id, s.UnionId, s.StartsAt }).ToDictionaryAsync(s => s.Id, s => (s.UnionId, Month: MonthKeys.Of(s.StartsAt)), ct);
        var leaves = new HashSet<(Guid User, int Union, int Month)>();
        await foreach (var c in db.CheckIns.AsNoTracking().Select(c => new { c.SessionId, c.UserId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (sessions.TryGetValue(c.SessionId, out var s))
            {
                leaves.Add((c.UserId, s.UnionId, s.Month));
            }
        }
        await foreach (var b in db.RoomBookings.AsNoTracking().Where(b => b.CheckedInAt != null).Select(b => new { b.UserId, b.UnionId, b.StartsAt })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            leaves.Add((b.UserId, b.UnionId, MonthKeys.Of(b.StartsAt)));
        }
        var months = new List<VisitorMonth>();
        var years = new List<VisitorYear>();
        foreach (var person in leaves.GroupBy(l => l.User))
        {
            var mine = person.SelectMany(l => paths[l.Union].Select(node => (Node: node, l.Month))).Distinct().ToList();
            months.AddRange(mine.Select(m => new VisitorMonth { UnionId = m.Node, Month = m.Month, UserId = person.Key }));
            years.AddRange(mine.GroupBy(m => (m.Node, Year: m.Month / 100))
                .Select(g => new VisitorYear { UnionId = g.Key.Node, Year = g.Key.Year, UserId = person.Key, FirstMonth = g.Min(m => m.Month) % 100 }));
        }
        return (months, years);
    }

    private async Task WriteAsync(List<SessionTally> tallies, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection pg)
        {
            await CopyAsync(pg, "StatSessionTallies", ["SessionId", "CheckIns", "Attended", "Feedbacks", "Ratings", "Stars", "Satisfied", "Low"], tallies,
                t => [t.SessionId, t.CheckIns, t.Attended, t.Feedbacks, t.Ratings, t.Stars, t.Satisfied, t.Low], ct);
            return;
        }
        await AddInChunksAsync(tallies, ct);
    }

    private async Task WriteAsync(List<VisitorMonth> months, List<VisitorYear> years, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection pg)
        {
            await CopyAsync(pg, "StatVisitorMonths", ["UnionId", "Month", "UserId"], months, m => [m.UnionId, m.Month, m.UserId], ct);
            await CopyAsync(pg, "StatVisitorYears", ["UnionId", "Year", "UserId", "FirstMonth"], years, y => [y.UnionId, y.Year, y.UserId, y.FirstMonth], ct);
            return;
        }
        await AddInChunksAsync(months, ct);
        await AddInChunksAsync(years, ct);
    }

    /// <summary>PostgreSQL: binary COPY (a province has millions of visitor rows). Columns are integers or uuids.</summary>
    private static async Task CopyAsync<T>(NpgsqlConnection pg, string table, string[] columns, List<T> rows, Func<T, object[]> values, CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => "\"" + c + "\""));
        await using var copy = await pg.BeginBinaryImportAsync("COPY \"" + table + "\" (" + names + ") FROM STDIN (FORMAT BINARY)", ct);
        copy.Timeout = TimeSpan.FromMinutes(10);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(ct);
            foreach (var value in values(row))
            {
                await (value is Guid id ? copy.WriteAsync(id, NpgsqlDbType.Uuid, ct) : copy.WriteAsync((int)value, NpgsqlDbType.Integer, ct));
            }
        }
        await copy.CompleteAsync(ct);
    }

    private async Task AddInChunksAsync<T>(List<T> rows, CancellationToken ct) where T : class
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in rows.Chunk(5_000))
            {
                db.Set<T>().AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
