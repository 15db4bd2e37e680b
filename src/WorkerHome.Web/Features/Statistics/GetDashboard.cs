using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Aid;
using WorkerHome.Features.BattleMap;
using WorkerHome.Features.Bookings;
using WorkerHome.Features.Counselling;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Regions;
using WorkerHome.Features.RightsCases;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Training;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Statistics;

/// <summary>
/// The statistics dashboard of one union subtree over a period of months (see the room's README for every figure's
/// definition). A record belongs to the subtree when its union's path starts with the node's path. The busy figures
/// are sums of counters kept with the rows (Tallies/): the held sessions' tallies and sealed seats per (union, site,
/// month), needs per union and month, unique workers per node; only the seats of sessions not yet sealed are summed
/// from the sessions. The database groups, and only the grouped cells are folded here into totals, drill-down rows
/// and months.
/// </summary>
public sealed class GetDashboard(AppDbContext db, DataScope scope, AccessAudit audit, TimeProvider time, ListTownshipCoverage coverage,
    GetRanking ranking, IOptions<CoverageOptions> coverageOptions)
{
    /// <summary>Needs of the period summed per union and per month (the period's index) by the database.</summary>
    private sealed record NeedCounts(Dictionary<int, int> ByUnion, int[] ByMonth)
    {
        public int Total => ByMonth.Sum();
    }

    /// <summary>The held sessions of one (union, site, month), summed: confirmed orders and their tallies.</summary>
    private sealed record SessionCell(int UnionId, int? SiteId, int Month, int Orders, int CheckIns, int Attended, int Feedbacks, int Ratings, int Stars,
        int Satisfied, int Low);

    /// <summary>A kept cell (month as yyyyMM) or an unsealed session (month as the period's index), then their sums.</summary>
    private sealed class CellRow
    {
        public bool Kept { get; init; }
        public int UnionId { get; init; }
        public int SiteKey { get; init; }
        public int Month { get; init; }
        public int Orders { get; init; }
        public int CheckIns { get; init; }
        public int Attended { get; init; }
        public int Feedbacks { get; init; }
        public int Ratings { get; init; }
        public int Stars { get; init; }
        public int Satisfied { get; init; }
        public int Low { get; init; }
    }

    private sealed record UnionRow(int Id, int? ParentId, string Name, string Path, UnionLevel Level, string? RegionCode, int SortOrder);

    public async Task<Outcome<DashboardFigures>> HandleAsync(DashboardQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var parsed = DashboardPeriod.Parse(query.From, query.To, time);
        if (!parsed.Succeeded)
        {
            return parsed.Problem;
        }
        var period = parsed.Value;
        var nodeId = query.Union ?? await DefaultUnionAsync(access, ct);
        var node = nodeId is null ? null : await db.Unions.AsNoTracking().Where(u => u.Id == nodeId)
            .Select(u => new UnionRow(u.Id, u.ParentId, u.Name, u.Path, u.Level, u.RegionCode, u.SortOrder)).FirstOrDefaultAsync(ct);
        if (node is null)
        {
            return StatisticsProblems.UnionNotFound;
        }
        if (!access.Covers(node.Path))
        {
            await audit.DeniedAsync("Statistics", node.Id.ToString(CultureInfo.InvariantCulture), node.Name, node.Id, StatisticsProblems.UnionNotFound.Code, ct);
            return StatisticsProblems.UnionNotFound;
        }
        return await FiguresAsync(node, period, ct);
    }

    private async Task<int?> DefaultUnionAsync(AccessScope access, CancellationToken ct)
    {
        if (access.StaffUnionIds.Count > 0)
        {
            var ids = access.StaffUnionIds.ToList();
            return await db.Unions.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Level).ThenBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        }
        return await db.Unions.Where(u => u.ParentId == null).OrderBy(u => u.Level).ThenBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<DashboardFigures> FiguresAsync(UnionRow node, DashboardPeriod period, CancellationToken ct)
    {
        var path = node.Path;
        var start = period.Start;
        var end = period.End;
        var unions = await db.Unions.AsNoTracking().Where(u => u.Path.StartsWith(path))
            .Select(u => new UnionRow(u.Id, u.ParentId, u.Name, u.Path, u.Level, u.RegionCode, u.SortOrder)).ToListAsync(ct);
        // The subtree's ids as a list: the planner then knows how many there are (a path prefix it cannot estimate).
        var unionIds = unions.Select(u => u.Id).ToList();
        var counties = await db.Unions.AsNoTracking().Where(u => u.Level == UnionLevel.County).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        // Sites as they stand.
        var siteGroups = await db.Sites.AsNoTracking().Where(s => s.DeletedAt == null && unionIds.Contains(s.UnionId))
            .GroupBy(s => new { s.UnionId, s.Form, s.Rating, s.Status })
            .Select(g => new { g.Key.UnionId, g.Key.Form, g.Key.Rating, g.Key.Status, Count = g.Count() }).ToListAsync(ct);

        // Sites are the drill-down rows only of a node without child unions; above it, cells are summed per union.
        var bySite = !unions.Any(u => u.ParentId == node.Id);
        var cells = await SessionCellsAsync(unionIds, period, bySite, ct);
        var needs = await NeedsAsync(unionIds, period, ct);
        var published = await db.MenuItems.CountAsync(i => unionIds.Contains(i.UnionId)
            && db.Menus.Any(m => m.Id == i.MenuId && m.Status != MenuStatus.Draft && m.PublishedAt >= start && m.PublishedAt < end), ct);

        // People: check-ins at those sessions and checked-in room bookings.
        var bookings = db.RoomBookings.Where(b => unionIds.Contains(b.UnionId) && b.StartsAt >= start && b.StartsAt < end);
        var unique = await UniqueWorkersAsync(node.Id, period, ct);
        var bookingStatus = await bookings.GroupBy(b => b.Status).Select(g => new { Status = g.Key, Count = g.Count(), CheckedIn = g.Count(b => b.CheckedInAt != null) })
            .ToListAsync(ct);
        var bookingCheckIns = bookingStatus.Sum(b => b.CheckedIn);
        var sessionCheckIns = cells.Sum(c => c.CheckIns);
        var attended = cells.Sum(c => c.Attended);
        var people = new PeopleFigures(unique, sessionCheckIns + bookingCheckIns, sessionCheckIns, sessionCheckIns - attended, bookingCheckIns);
        var bookingFigures = new BookingFigures(
            bookingStatus.Where(b => b.Status is not (BookingStatus.Cancelled or BookingStatus.Rejected)).Sum(b => b.Count), bookingCheckIns,
            bookingStatus.Where(b => b.Status == BookingStatus.Released).Sum(b => b.Count), bookingStatus.Where(b => b.Status == BookingStatus.Cancelled).Sum(b => b.Count));

        var totalStars = Fold(cells);
        var funnel = Funnel(needs.Total, published, cells.Sum(c => c.Orders), attended, totalStars.Feedbacks);
        var satisfaction = new SatisfactionSection(totalStars.Feedbacks, totalStars.Ratings, Average(totalStars.Stars, totalStars.Ratings),
            Percent(totalStars.Satisfied, totalStars.Ratings), totalStars.Low);

        var volunteers = await VolunteersAsync(unionIds, period, ct);
        var counselling = await CounsellingAsync(unionIds, period, ct);
        var training = await TrainingAsync(unionIds, period, ct);
        var rights = await RightsAsync(unionIds, period, ct);
        var aid = await AidAsync(unionIds, period, ct);
        var construction = await ConstructionAsync(node, period, ct);
        CoverageFigures? coverageFigures = null;
        if (node.RegionCode is { } region)
        {
            var threshold = coverageOptions.Value.ThresholdKm;
            var s = await coverage.SummaryForPrefixesAsync([RegionCodes.Prefix(region)], threshold, ct);
            coverageFigures = new CoverageFigures(threshold, s.Townships, s.TownshipsCovered, Percent(s.TownshipsCovered, s.Townships), s.Workers, s.WorkersCovered);
        }

        var months = Enumerable.Range(0, period.Months).Select(m =>
        {
            var month = cells.Where(c => c.Month == m).ToList();
            var rated = Fold(month);
            return new MonthFigures(period.MonthText(m), needs.ByMonth[m], month.Sum(c => c.Orders),
                month.Sum(c => c.Attended), rated.Feedbacks, Average(rated.Stars, rated.Ratings));
        }).ToList();

        var siteTotal = siteGroups.Sum(g => g.Count);
        var paths = unions.ToDictionary(u => u.Id, u => u.Path);
        var sites = new SiteFigures(siteTotal,
            Breakdown(siteGroups.GroupBy(g => g.Form).Select(g => (g.Key.ToString(), g.Key.Chinese(), g.Sum(x => x.Count)))),
            Breakdown(siteGroups.GroupBy(g => g.Rating).Select(g => (g.Key.ToString(), g.Key.Chinese(), g.Sum(x => x.Count)))),
            Breakdown(siteGroups.GroupBy(g => g.Status).Select(g => (g.Key.ToString(), g.Key.Chinese(), g.Sum(x => x.Count)))),
            siteGroups.GroupBy(g => CountyOf(paths.GetValueOrDefault(g.UnionId) ?? node.Path, counties)).Select(g => new Counted(
                g.Key?.ToString(CultureInfo.InvariantCulture) ?? "", g.Key is { } id ? counties[id] : "县区以上", g.Sum(x => x.Count)))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList());

        var children = await ChildrenAsync(node, unions, siteGroups.Select(g => (g.UnionId, g.Count)).ToList(), needs, cells, ct);
        return new DashboardFigures(new DashboardNode(node.Id, node.Name, (int)node.Level, node.Level.Chinese(), node.ParentId), period.FromText, period.ToText,
            children, sites, coverageFigures, people, funnel, satisfaction, volunteers, bookingFigures, counselling, training, rights, aid, construction, months);
    }

    /// <summary>
    /// Workers checked in at a session held in the subtree or at a room booking there, each once. A single month, and
    /// January to a month of one year (the default), are read from the node's kept counts (one row, at most twelve);
    /// any other span counts distinct workers over the node's month rows.
    /// </summary>
    private async Task<int> UniqueWorkersAsync(int nodeId, DashboardPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.FromKey, period.ToKey);
        var counts = db.VisitorTallies.Where(v => v.UnionId == nodeId && v.Month >= from && v.Month <= to);
        if (from == to)
        {
            return await counts.SumAsync(v => v.Visitors, ct);
        }
        if (period.From.Month == 1 && period.From.Year == period.To.Year)
        {
            return await counts.SumAsync(v => v.Newcomers, ct);
        }
        return await db.VisitorMonths.Where(v => v.UnionId == nodeId && v.Month >= from && v.Month <= to).Select(v => v.UserId).Distinct().CountAsync(ct);
    }

    /// <summary>
    /// The held sessions (not cancelled) that start in the period, per union, month and (when <paramref name="bySite"/>)
    /// site: their check-in and feedback counters and the confirmed seats of the ended, sealed ones from the kept cells
    /// (<see cref="CellTally"/>), plus the confirmed seats of the sessions not yet sealed (those to come and the few
    /// just ended, see <see cref="SealSessionSeats"/>) summed from the sessions themselves. A session is counted in
    /// exactly one of the two: the seal marks it and raises its cell in one transaction, and both are read in one
    /// statement. The database sums them, so a city of a province reads a row per union and month, not per site.
    /// </summary>
    private async Task<List<SessionCell>> SessionCellsAsync(List<int> unionIds, DashboardPeriod period, bool bySite, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var (fromKey, toKey) = (period.FromKey, period.ToKey);
        var kept = db.CellTallies.Where(c => unionIds.Contains(c.UnionId) && c.Month >= fromKey && c.Month <= toKey)
            .Select(c => new CellRow
            {
                Kept = true, UnionId = c.UnionId, SiteKey = c.SiteKey, Month = c.Month, Orders = c.Orders, CheckIns = c.CheckIns, Attended = c.Attended,
                Feedbacks = c.Feedbacks, Ratings = c.Ratings, Stars = c.Stars, Satisfied = c.Satisfied, Low = c.Low,
            });
        var unsealed = db.Sessions.Where(s => s.SeatsSealedAt == null && s.StartsAt >= start && s.StartsAt < end && unionIds.Contains(s.UnionId)
                && s.Status == SessionStatus.Scheduled)
            .Select(MonthBuckets.Tag<Session>(period, s => s.Id, s => s.UnionId, s => s.SiteId, s => s.StartsAt, s => s.Confirmed))
            .Select(s => new CellRow
            {
                Kept = false, UnionId = s.UnionId, SiteKey = s.SiteId ?? 0, Month = s.Month, Orders = s.Weight, CheckIns = 0, Attended = 0, Feedbacks = 0,
                Ratings = 0, Stars = 0, Satisfied = 0, Low = 0,
            });
        var rows = await kept.Concat(unsealed)
            .GroupBy(r => new { r.Kept, r.UnionId, SiteKey = bySite ? r.SiteKey : 0, r.Month })
            .Select(g => new CellRow
            {
                Kept = g.Key.Kept, UnionId = g.Key.UnionId, SiteKey = g.Key.SiteKey, Month = g.Key.Month, Orders = g.Sum(r => r.Orders),
                CheckIns = g.Sum(r => r.CheckIns), Attended = g.Sum(r => r.Attended), Feedbacks = g.Sum(r => r.Feedbacks), Ratings = g.Sum(r => r.Ratings),
                Stars = g.Sum(r => r.Stars), Satisfied = g.Sum(r => r.Satisfied), Low = g.Sum(r => r.Low),
            })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.UnionId, SiteId: r.SiteKey == 0 ? null : (int?)r.SiteKey, Month: r.Kept ? period.IndexOf(r.Month) : r.Month))
            .Select(g => new SessionCell(g.Key.UnionId, g.Key.SiteId, g.Key.Month, g.Sum(r => r.Orders), g.Sum(r => r.CheckIns), g.Sum(r => r.Attended),
                g.Sum(r => r.Feedbacks), g.Sum(r => r.Ratings), g.Sum(r => r.Stars), g.Sum(r => r.Satisfied), g.Sum(r => r.Low)))
            .ToList();
    }

    /// <summary>The kept need counts (<see cref="NeedTally"/>) of the subtree and period, summed per union and per month.</summary>
    private async Task<NeedCounts> NeedsAsync(List<int> unionIds, DashboardPeriod period, CancellationToken ct)
    {
        var (fromKey, toKey) = (period.FromKey, period.ToKey);
        var tallies = db.NeedTallies.Where(t => unionIds.Contains(t.UnionId) && t.Month >= fromKey && t.Month <= toKey);
        var byUnion = await tallies.GroupBy(t => t.UnionId).Select(g => new { UnionId = g.Key, Needs = g.Sum(t => t.Needs) })
            .ToDictionaryAsync(t => t.UnionId, t => t.Needs, ct);
        var byMonth = new int[period.Months];
        foreach (var month in await tallies.GroupBy(t => t.Month).Select(g => new { Month = g.Key, Needs = g.Sum(t => t.Needs) }).ToListAsync(ct))
        {
            byMonth[period.IndexOf(month.Month)] = month.Needs;
        }
        return new NeedCounts(byUnion, byMonth);
    }

    private async Task<IReadOnlyList<ChildFigures>> ChildrenAsync(UnionRow node, List<UnionRow> unions, List<(int UnionId, int Count)> sites,
        NeedCounts needs, List<SessionCell> cells, CancellationToken ct)
    {
        var childUnions = unions.Where(u => u.ParentId == node.Id).OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToList();
        var rows = new List<ChildFigures>();
        if (childUnions.Count > 0)
        {
            var depth = UnionPaths.Ids(node.Path).Length;
            var bucket = unions.ToDictionary(u => u.Id, u => UnionPaths.Ids(u.Path) is var ids && ids.Length > depth ? ids[depth] : (int?)null);
            ChildFigures Row(string kind, int? id, string name) => Make(kind, id, name,
                sites.Where(s => bucket[s.UnionId] == id).Sum(s => s.Count), needs.ByUnion.Where(n => bucket[n.Key] == id).Sum(n => n.Value),
                cells.Where(c => bucket[c.UnionId] == id));
            rows.AddRange(childUnions.Select(c => Row("union", c.Id, c.Name)));
            var self = Row("self", null, node.Name + "（本级）");
            if (!IsEmpty(self))
            {
                rows.Add(self);
            }
            return rows;
        }
        var nodeId = node.Id;
        var siteList = await db.Sites.AsNoTracking().Where(s => s.DeletedAt == null && s.UnionId == nodeId).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        rows.AddRange(siteList.Select(s => Make("site", s.Id, s.Name, 1, 0, cells.Where(c => c.SiteId == s.Id))));
        var known = siteList.Select(s => (int?)s.Id).ToHashSet();
        var rest = Make("self", null, node.Name + "（不分阵地）", 0, needs.Total, cells.Where(c => !known.Contains(c.SiteId)));
        if (!IsEmpty(rest))
        {
            rows.Add(rest);
        }
        return rows;
    }

    private static ChildFigures Make(string kind, int? id, string name, int sites, int needs, IEnumerable<SessionCell> cells)
    {
        var list = cells.ToList();
        var rated = Fold(list);
        return new ChildFigures(kind, id, name, sites, needs, list.Sum(c => c.Orders), list.Sum(c => c.Attended), rated.Feedbacks,
            Average(rated.Stars, rated.Ratings));
    }

    private static bool IsEmpty(ChildFigures row) => row is { Sites: 0, Needs: 0, Orders: 0, Delivered: 0, Rated: 0 };

    private async Task<VolunteerFigures> VolunteersAsync(List<int> unionIds, DashboardPeriod period, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (start, end) = (period.Start, period.End);
        // Durations are summed here: SQLite keeps instants as numbers without interval arithmetic. Only volunteer-led
        // sessions of the subtree and period are read (three columns each); see the README on a rollup.
        var held = await db.Sessions.AsNoTracking()
            .Where(s => unionIds.Contains(s.UnionId) && s.VolunteerId != null && s.Status == SessionStatus.Scheduled
                && s.StartsAt >= start && s.StartsAt < end && s.EndsAt <= now)
            .Select(s => new { s.VolunteerId, s.StartsAt, s.EndsAt }).ToListAsync(ct);
        var minutes = held.Sum(s => (int)Math.Round((s.EndsAt - s.StartsAt).TotalMinutes));
        return new VolunteerFigures(held.Count, held.Select(s => s.VolunteerId).Distinct().Count(), Math.Round(minutes / 60.0, 1, MidpointRounding.AwayFromZero));
    }

    private async Task<CounsellingFigures> CounsellingAsync(List<int> unionIds, DashboardPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var counts = await (from b in db.CounsellingBookings
                            join s in db.CounsellingSlots on b.SlotId equals s.Id
                            where unionIds.Contains(s.UnionId) && s.StartsAt >= start && s.StartsAt < end
                            group b by b.Status into g
                            select new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(CounsellingBookingStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new CounsellingFigures(counts.Where(c => c.Status != CounsellingBookingStatus.Cancelled).Sum(c => c.Count), Of(CounsellingBookingStatus.Completed),
            Of(CounsellingBookingStatus.NoShow), Of(CounsellingBookingStatus.Cancelled));
    }

    private async Task<TrainingFigures> TrainingAsync(List<int> unionIds, DashboardPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var enrolments = await (from e in db.TrainingEnrolments
                                join c in db.TrainingCourses on e.CourseId equals c.Id
                                where unionIds.Contains(c.UnionId) && e.EnrolledAt >= start && e.EnrolledAt < end && e.Status != EnrolmentStatus.Withdrawn
                                select e.Id).CountAsync(ct);
        var certificates = await db.TrainingCertificates.CountAsync(c => unionIds.Contains(c.UnionId) && c.RevokedAt == null && c.IssuedAt >= start && c.IssuedAt < end, ct);
        var referrals = await db.JobReferrals.CountAsync(r => unionIds.Contains(r.UnionId) && r.CreatedAt >= start && r.CreatedAt < end, ct);
        var hired = await db.JobReferrals.CountAsync(r => unionIds.Contains(r.UnionId) && r.Status == ReferralStatus.Hired
            && db.JobReferralSteps.Any(s => s.ReferralId == r.Id && s.Status == ReferralStatus.Hired && s.At >= start && s.At < end), ct);
        return new TrainingFigures(enrolments, certificates, referrals, hired);
    }

    private async Task<RightsFigures> RightsAsync(List<int> unionIds, DashboardPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var cases = db.RightsCases.Where(c => unionIds.Contains(c.UnionId));
        var opened = await cases.CountAsync(c => c.SubmittedAt >= start && c.SubmittedAt < end, ct);
        var open = await cases.CountAsync(c => c.Status != RightsCaseStatus.Closed, ct);
        var outcomes = await cases.Where(c => c.ClosedAt >= start && c.ClosedAt < end).GroupBy(c => c.Outcome)
            .Select(g => new { Outcome = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new RightsFigures(opened, outcomes.Sum(o => o.Count), open,
            outcomes.OrderBy(o => o.Outcome).Select(o => o.Outcome is { } v ? new Counted(v.ToString(), v.Chinese(), o.Count) : new Counted("", "未注明", o.Count)).ToList());
    }

    private async Task<AidFigures> AidAsync(List<int> unionIds, DashboardPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var (firstDay, lastDay) = (period.From, period.To.AddMonths(1).AddDays(-1));
        var applications = db.AidApplications.Where(a => unionIds.Contains(a.UnionId));
        var submitted = await applications.Where(a => a.SubmittedAt >= start && a.SubmittedAt < end).GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), ApprovedFen = g.Sum(a => a.ApprovedFen ?? 0) }).ToListAsync(ct);
        var approved = submitted.Where(s => s.Status is AidStatus.OnNotice or AidStatus.Paid).ToList();
        var paid = await applications.Where(a => a.PaidOn >= firstDay && a.PaidOn <= lastDay).GroupBy(a => 1)
            .Select(g => new { Count = g.Count(), Fen = g.Sum(a => a.PaidFen ?? 0) }).FirstOrDefaultAsync(ct);
        return new AidFigures(submitted.Sum(s => s.Count), approved.Sum(s => s.Count), submitted.Where(s => s.Status == AidStatus.Rejected).Sum(s => s.Count),
            approved.Sum(s => s.ApprovedFen), paid?.Count ?? 0, paid?.Fen ?? 0);
    }

    private async Task<ConstructionFigures?> ConstructionAsync(UnionRow node, DashboardPeriod period, CancellationToken ct)
    {
        if (node.Level < UnionLevel.City)
        {
            return null;
        }
        var onPath = UnionPaths.Ids(node.Path);
        var ancestors = await db.Unions.AsNoTracking().Where(u => onPath.Contains(u.Id) && (u.Level == UnionLevel.City || u.Level == UnionLevel.County))
            .Select(u => new { u.Id, u.Level }).ToListAsync(ct);
        if (ancestors.FirstOrDefault(a => a.Level == UnionLevel.City) is not { } city)
        {
            return null;
        }
        var table = await ranking.HandleAsync(new RankingFilter(period.To.Year, city.Id), ct);
        if (!table.Succeeded)
        {
            return null;
        }
        var t = table.Value;
        if (ancestors.FirstOrDefault(a => a.Level == UnionLevel.County) is { } county)
        {
            var row = t.Rows.FirstOrDefault(r => r.CountyUnionId == county.Id);
            return row is null ? null : new ConstructionFigures(t.Year, row.CountyName, t.PlanTitle, row.Target, row.Accepted, row.Counted, row.CompletionPercent);
        }
        var target = t.Rows.Sum(r => r.Target);
        var counted = t.Rows.Sum(r => r.Counted);
        return new ConstructionFigures(t.Year, t.CityName, t.PlanTitle, target, t.Rows.Sum(r => r.Accepted), counted,
            target == 0 ? null : Math.Round(counted * 100.0 / target, 1));
    }

    private static List<FunnelStep> Funnel(params int[] counts)
    {
        string[] keys = ["needs", "menuItems", "orders", "delivered", "rated"];
        string[] names = ["提出需求", "上架服务", "预约下单", "到场服务", "服务评价"];
        return counts.Select((count, i) => new FunnelStep(keys[i], names[i], count, i == 0 ? null : Percent(count, counts[i - 1]))).ToList();
    }

    private static (int Feedbacks, int Ratings, int Stars, int Satisfied, int Low) Fold(IEnumerable<SessionCell> cells) =>
        cells.Aggregate((0, 0, 0, 0, 0), (a, c) => (a.Item1 + c.Feedbacks, a.Item2 + c.Ratings, a.Item3 + c.Stars, a.Item4 + c.Satisfied, a.Item5 + c.Low));

    private static List<Counted> Breakdown(IEnumerable<(string Key, string Name, int Count)> slices) =>
        slices.OrderByDescending(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => new Counted(s.Key, s.Name, s.Count)).ToList();

    private static int? CountyOf(string path, Dictionary<int, string> counties) =>
        UnionPaths.Ids(path).Select(id => (int?)id).FirstOrDefault(id => counties.ContainsKey(id!.Value));

    internal static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    private static decimal? Average(int sum, int count) => count == 0 ? null : Math.Round((decimal)sum / count, 2, MidpointRounding.AwayFromZero);
}
