using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Needs;

/// <summary>A need group on the staff board.</summary>
/// <param name="Id">Group id.</param>
/// <param name="Title">Title (from its first need, or as staff renamed it).</param>
/// <param name="TitleSetByStaff">Whether staff chose the title.</param>
/// <param name="Category">The category of every need in it.</param>
/// <param name="CategoryName">The category in Chinese.</param>
/// <param name="UnionId">The union it belongs to.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="NeedCount">How many needs it holds.</param>
/// <param name="MeTooCount">"Me too"s on those needs.</param>
/// <param name="Heat">Distinct people behind it: authors and "me too" givers, each counted once.</param>
/// <param name="Trend">New needs plus "me too"s per week, the last eight weeks (Beijing weeks from Monday), oldest first.</param>
/// <param name="Townships">The preferred townships of its needs.</param>
/// <param name="Members">Its needs, newest first (on the list only the newest few; see <paramref name="NeedCount"/>).</param>
/// <param name="CreatedAt">When it was started.</param>
public sealed record NeedGroupView(int Id, string Title, bool TitleSetByStaff, NeedCategory Category, string CategoryName, int UnionId,
    string UnionName, int NeedCount, int MeTooCount, int Heat, IReadOnlyList<WeekCount> Trend, IReadOnlyList<string> Townships,
    IReadOnlyList<GroupMember> Members, DateTimeOffset CreatedAt);

/// <summary>Activity in one week.</summary>
/// <param name="WeekOf">The Monday the week starts on.</param>
/// <param name="Count">New needs plus "me too"s that week.</param>
public sealed record WeekCount(DateOnly WeekOf, int Count);

/// <summary>A need inside a group, for staff.</summary>
/// <param name="NeedId">Need id.</param>
/// <param name="Text">The need.</param>
/// <param name="AuthorName">The author's display name.</param>
/// <param name="TownshipName">Its preferred township.</param>
/// <param name="MeTooCount">"Me too"s.</param>
/// <param name="Status">Grouped, OnMenu or Delivered.</param>
/// <param name="StatusName">The status in Chinese.</param>
/// <param name="CreatedAt">When it was submitted.</param>
public sealed record GroupMember(int NeedId, string Text, string AuthorName, string? TownshipName, int MeTooCount, NeedStatus Status,
    string StatusName, DateTimeOffset CreatedAt);

/// <summary>
/// A group with its counts, computed in the database so lists can sort and page on heat. Settable properties
/// rather than a positional record: EF Core can order by a member of an object initialiser, not of a constructor.
/// </summary>
internal sealed class GroupAggregate
{
    public required NeedGroup Group { get; init; }

    public required string UnionName { get; init; }

    public required int NeedCount { get; init; }

    public required int MeTooCount { get; init; }

    public required int Heat { get; init; }
}

/// <summary>Builds <see cref="NeedGroupView"/>s: counts in one query, then trend, townships and members for the groups shown.</summary>
public sealed class NeedGroupViews(AppDbContext db, TimeProvider time)
{
    public const int TrendWeeks = 8;

    internal static IQueryable<GroupAggregate> Aggregates(IQueryable<NeedGroup> groups, AppDbContext db) => groups.Select(g => new GroupAggregate
    {
        Group = g,
        UnionName = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Name).FirstOrDefault() ?? "",
        NeedCount = db.Needs.Count(n => n.GroupId == g.Id),
        MeTooCount = db.Needs.Where(n => n.GroupId == g.Id).Sum(n => n.MeTooCount),
        Heat = db.Needs.Where(n => n.GroupId == g.Id).Select(n => n.UserId)
            .Union(db.NeedMeToos.Where(m => db.Needs.Any(n => n.Id == m.NeedId && n.GroupId == g.Id)).Select(m => m.UserId))
            .Count(),
    });

    /// <summary>Views of the given aggregates, in their order; <paramref name="membersEach"/> limits the members listed.</summary>
    internal async Task<IReadOnlyList<NeedGroupView>> BuildAsync(IReadOnlyList<GroupAggregate> aggregates, int? membersEach, CancellationToken ct)
    {
        var ids = aggregates.Select(a => a.Group.Id).ToList();
        var today = time.LocalToday();
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstWeek = thisWeek.AddDays(-7 * (TrendWeeks - 1));
        var since = ChinaTime.FromLocal(firstWeek, TimeOnly.MinValue);

        var needTimes = await db.Needs.AsNoTracking().Where(n => n.GroupId != null && ids.Contains(n.GroupId.Value) && n.CreatedAt >= since)
            .Select(n => new { GroupId = n.GroupId!.Value, n.CreatedAt }).ToListAsync(ct);
        var meTooTimes = await db.NeedMeToos.AsNoTracking().Where(m => m.CreatedAt >= since)
            .Join(db.Needs.Where(n => n.GroupId != null && ids.Contains(n.GroupId.Value)), m => m.NeedId, n => n.Id,
                (m, n) => new { GroupId = n.GroupId!.Value, m.CreatedAt })
            .ToListAsync(ct);
        var activity = needTimes.Concat(meTooTimes).ToLookup(a => a.GroupId, a => a.CreatedAt);

        var townships = (await db.Needs.AsNoTracking().Where(n => n.GroupId != null && ids.Contains(n.GroupId.Value) && n.PreferredRegionCode != null)
                .Select(n => new { GroupId = n.GroupId!.Value, Name = db.Regions.Where(r => r.Code == n.PreferredRegionCode).Select(r => r.Name).FirstOrDefault() })
                .Distinct().ToListAsync(ct))
            .Where(t => t.Name is not null)
            .ToLookup(t => t.GroupId, t => t.Name!);

        var members = new Dictionary<int, IReadOnlyList<GroupMember>>();
        foreach (var id in ids)
        {
            var query = db.Needs.AsNoTracking().Where(n => n.GroupId == id).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);
            var rows = await (membersEach is { } take ? query.Take(take) : query)
                .Select(n => new
                {
                    n.Id,
                    n.Text,
                    AuthorName = db.Users.Where(u => u.Id == n.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                    TownshipName = db.Regions.Where(r => r.Code == n.PreferredRegionCode).Select(r => r.Name).FirstOrDefault(),
                    n.MeTooCount,
                    n.Status,
                    n.CreatedAt,
                })
                .ToListAsync(ct);
            members[id] = rows.Select(r => new GroupMember(r.Id, r.Text, r.AuthorName, r.TownshipName, r.MeTooCount, r.Status, r.Status.Chinese(), r.CreatedAt)).ToList();
        }

        return aggregates.Select(a =>
        {
            var g = a.Group;
            var weeks = new int[TrendWeeks];
            foreach (var at in activity[g.Id])
            {
                var index = (DateOnly.FromDateTime(ChinaTime.ToLocal(at).DateTime).DayNumber - firstWeek.DayNumber) / 7;
                if (index is >= 0 and < TrendWeeks)
                {
                    weeks[index]++;
                }
            }
            return new NeedGroupView(g.Id, g.Title, g.TitleSetByStaff, g.Category, g.Category.Chinese(), g.UnionId, a.UnionName,
                a.NeedCount, a.MeTooCount, a.Heat,
                weeks.Select((count, i) => new WeekCount(firstWeek.AddDays(7 * i), count)).ToList(),
                townships[g.Id].Order(StringComparer.Ordinal).ToList(), members[g.Id], g.CreatedAt);
        }).ToList();
    }

    /// <summary>One group's full view (every member).</summary>
    internal async Task<NeedGroupView> OneAsync(int groupId, CancellationToken ct)
    {
        var aggregate = await Aggregates(db.NeedGroups.AsNoTracking().Where(g => g.Id == groupId), db).FirstAsync(ct);
        return (await BuildAsync([aggregate], null, ct))[0];
    }
}
