using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Statistics;

/// <summary>One menu item's month on the public results page: no names, no comments, only counts.</summary>
/// <param name="MenuItemId">The item.</param>
/// <param name="Title">Its title.</param>
/// <param name="UnionName">The union that offered it.</param>
/// <param name="Sessions">Sessions held in the month (not cancelled).</param>
/// <param name="Orders">Confirmed orders for them.</param>
/// <param name="Delivered">Of those, the people who came (checked in on their order).</param>
/// <param name="Ratings">Feedback given.</param>
/// <param name="AverageStars">Average of the content and provider stars, one decimal; null without feedback.</param>
public sealed record ResultItem(int MenuItemId, string Title, string UnionName, int Sessions, int Orders, int Delivered, int Ratings, decimal? AverageStars);

/// <summary>The month's public results (成果公示) for a city or a county, with the places one may switch to.</summary>
public sealed record MonthlyResults(string Month, int UnionId, string Scope, IReadOnlyList<ScopeOption> Scopes, int Sessions, int Orders, int Delivered,
    int Ratings, decimal? AverageStars, decimal? SatisfiedPercent, IReadOnlyList<ResultItem> Items);

/// <summary>A place the public page can show: a city (<paramref name="Id"/> = <paramref name="CityId"/>) or one of its counties.</summary>
public sealed record ScopeOption(int Id, string Name, int CityId, string CityName);

/// <summary>
/// 成果公示: what workers ordered and were delivered in a month and how they rated it, per menu item, for anyone to see.
/// Only counts leave the database: no worker, no volunteer, no comment. Sessions count in the month they start
/// (Beijing time); the scope is a city or county union (<c>union</c>), by default the first city with services that month.
/// </summary>
public sealed class ListMonthlyResults(AppDbContext db, TimeProvider time)
{
    public async Task<Outcome<MonthlyResults>> HandleAsync(string? month, int? union, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            month = time.LocalToday().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }
        var parsed = DashboardPeriod.Parse(month, month, time);
        if (!parsed.Succeeded)
        {
            return CommonProblems.Field("month", "月份格式应为 yyyy-MM，例如 2026-11");
        }
        var period = parsed.Value;
        // Every city and county may be chosen; by default the first city (in the tree's order) that held a session in the
        // month, else the first city.
        var places = await db.Unions.AsNoTracking().Where(u => u.Level == UnionLevel.City || u.Level == UnionLevel.County)
            .Select(u => new { u.Id, u.Name, u.Path, u.Level, u.ParentId, u.SortOrder }).ToListAsync(ct);
        var cities = places.Where(p => p.Level == UnionLevel.City).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToList();
        var scopes = cities.SelectMany(c => places.Where(p => p.Id == c.Id || p.ParentId == c.Id)
                .OrderBy(p => p.Level).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => new ScopeOption(p.Id, p.Name, c.Id, c.Name)))
            .ToList();
        var (from, to) = (period.Start, period.End);
        var busy = await db.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt >= from && s.StartsAt < to)
            .Select(s => s.UnionId).Distinct().Join(db.Unions, id => id, u => u.Id, (id, u) => u.Path).ToListAsync(ct);
        var scope = union is { } id ? places.FirstOrDefault(p => p.Id == id)
            : cities.FirstOrDefault(c => busy.Any(path => path.StartsWith(c.Path, StringComparison.Ordinal))) ?? cities.FirstOrDefault();
        if (scope is null)
        {
            return StatisticsProblems.UnionNotFound;
        }
        var (path, name) = (scope.Path, scope.Name);

        var (start, end) = (period.Start, period.End);
        var sessions = db.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt >= start && s.StartsAt < end
            && db.Unions.Any(u => u.Id == s.UnionId && u.Path.StartsWith(path)));
        var held = await sessions.GroupBy(s => s.MenuItemId).Select(g => new { MenuItemId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var orders = await (from o in db.Orders
                            where o.Status == OrderStatus.Confirmed
                            join s in sessions on o.SessionId equals s.Id
                            group o by s.MenuItemId into g
                            select new { MenuItemId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.MenuItemId, x => x.Count, ct);
        var delivered = await (from c in db.CheckIns
                               where c.OrderId != null
                               join s in sessions on c.SessionId equals s.Id
                               group c by s.MenuItemId into g
                               select new { MenuItemId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.MenuItemId, x => x.Count, ct);
        var ratings = await (from f in db.Feedback
                             join s in sessions on f.SessionId equals s.Id
                             group f by s.MenuItemId into g
                             select new
                             {
                                 MenuItemId = g.Key, Count = g.Count(), Stars = g.Sum(f => f.ContentStars + f.ProviderStars),
                                 Satisfied = g.Count(f => f.ContentStars >= 4) + g.Count(f => f.ProviderStars >= 4),
                             }).ToDictionaryAsync(x => x.MenuItemId, ct);
        var ids = held.Select(h => h.MenuItemId).ToList();
        var items = await db.MenuItems.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, Union = db.Unions.Where(u => u.Id == i.UnionId).Select(u => u.Name).First() }).ToDictionaryAsync(i => i.Id, ct);

        var rows = held.Select(h =>
        {
            var item = items[h.MenuItemId];
            var rated = ratings.GetValueOrDefault(h.MenuItemId);
            return new ResultItem(h.MenuItemId, item.Title, item.Union, h.Count, orders.GetValueOrDefault(h.MenuItemId), delivered.GetValueOrDefault(h.MenuItemId),
                rated?.Count ?? 0, rated is { Count: > 0 } r ? Math.Round((decimal)r.Stars / (2 * r.Count), 1) : null);
        }).OrderByDescending(r => r.Delivered).ThenByDescending(r => r.Orders).ThenBy(r => r.MenuItemId).ToList();
        var ratingCount = ratings.Values.Sum(r => r.Count);
        return new MonthlyResults(period.FromText, scope.Id, name, scopes,
            rows.Sum(r => r.Sessions), rows.Sum(r => r.Orders), rows.Sum(r => r.Delivered), ratingCount,
            ratingCount == 0 ? null : Math.Round((decimal)ratings.Values.Sum(r => r.Stars) / (2 * ratingCount), 1),
            ratingCount == 0 ? null : Math.Round(100m * ratings.Values.Sum(r => r.Satisfied) / (2 * ratingCount), 1), rows);
    }
}
