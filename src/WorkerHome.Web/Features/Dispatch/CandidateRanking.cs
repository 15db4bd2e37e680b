using System.Globalization;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Dispatch;

/// <summary>What is being dispatched, as far as ranking needs it.</summary>
/// <param name="Category">The item's (or group's) category, matched against volunteers' skills.</param>
/// <param name="Title">The item's (or group's) title, searched for volunteers' tags.</param>
/// <param name="StartsAt">Start of the session; null for a need group (no time yet).</param>
/// <param name="EndsAt">End of the session.</param>
/// <param name="Online">Whether the session is held online (distance does not matter).</param>
/// <param name="SiteLatitude">The site's latitude (WGS-84), when held at a site.</param>
/// <param name="SiteLongitude">The site's longitude.</param>
/// <param name="SiteTownship">The site's township (nine-digit region code).</param>
public sealed record RankingTarget(
    NeedCategory Category, string Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, bool Online,
    double? SiteLatitude, double? SiteLongitude, string? SiteTownship);

/// <summary>What is known of one volunteer when ranking.</summary>
public sealed record RankingFacts(
    int VolunteerId, IReadOnlyList<NeedCategory> Skills, IReadOnlyList<string> Tags, IReadOnlyList<string> RegionCodes,
    double? BaseLatitude, double? BaseLongitude, IReadOnlyList<AvailabilityWindow> Availability,
    int MaxSessionsPerMonth, int SessionsThatMonth, bool HasOverlap, double? AverageStars, int Ratings);

/// <summary>One reason in a candidate's score, shown as a chip.</summary>
/// <param name="Text">The reason in Chinese, e.g. 擅长法律援助.</param>
/// <param name="Points">What it adds (or takes away).</param>
/// <param name="Blocking">Whether it rules the volunteer out (listed last, not hidden).</param>
public sealed record CandidateReason(string Text, int Points, bool Blocking);

/// <summary>A volunteer's score and the reasons behind it.</summary>
public sealed record CandidateScore(int VolunteerId, int Score, bool Blocked, IReadOnlyList<CandidateReason> Reasons);

/// <summary>
/// Ranks volunteers for a dispatch. Every point comes with a reason that staff see, so the order can be argued
/// with: skill match, distance to the site, free at that time, current load and past ratings. A clash with
/// another session or a full month blocks a volunteer; blocked volunteers are ranked last but still shown.
/// </summary>
public static class CandidateRanking
{
    public const int SkillPoints = 30;
    public const int TagPoints = 15;
    public const int MaxTagPoints = 30;
    public const int FreePoints = 20;
    public const int TownshipPoints = 15;
    public const int MaxLoadPoints = 10;
    public const int PointsPerStar = 5;

    /// <summary>Distance bands: within this many km, this many points.</summary>
    private static readonly (double Km, int Points)[] DistanceBands = [(5, 20), (15, 15), (30, 10), (60, 5)];

    public static IReadOnlyList<CandidateScore> Rank(RankingTarget target, IEnumerable<RankingFacts> volunteers)
    {
        ArgumentNullException.ThrowIfNull(volunteers);
        return volunteers.Select(v => Score(target, v))
            .OrderBy(s => s.Blocked).ThenByDescending(s => s.Score).ThenBy(s => s.VolunteerId).ToList();
    }

    public static CandidateScore Score(RankingTarget target, RankingFacts volunteer)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(volunteer);
        var reasons = new List<CandidateReason>();
        Skill(target, volunteer, reasons);
        if (target.StartsAt is { } startsAt && target.EndsAt is { } endsAt)
        {
            Distance(target, volunteer, reasons);
            Free(startsAt, endsAt, volunteer, reasons);
        }
        Load(volunteer, reasons);
        Ratings(volunteer, reasons);
        return new CandidateScore(volunteer.VolunteerId, reasons.Sum(r => r.Points), reasons.Any(r => r.Blocking), reasons);
    }

    private static void Skill(RankingTarget target, RankingFacts volunteer, List<CandidateReason> reasons)
    {
        reasons.Add(volunteer.Skills.Contains(target.Category)
            ? new CandidateReason($"擅长{target.Category.Chinese()}", SkillPoints, false)
            : new CandidateReason($"不擅长{target.Category.Chinese()}", 0, false));
        var tagPoints = 0;
        foreach (var tag in volunteer.Tags.Where(t => t.Length > 0 && target.Title.Contains(t, StringComparison.Ordinal)).Distinct())
        {
            var points = Math.Min(TagPoints, MaxTagPoints - tagPoints);
            if (points <= 0)
            {
                break;
            }
            tagPoints += points;
            reasons.Add(new CandidateReason($"专长“{tag}”与主题相符", points, false));
        }
    }

    private static void Distance(RankingTarget target, RankingFacts volunteer, List<CandidateReason> reasons)
    {
        if (target.Online)
        {
            reasons.Add(new CandidateReason("线上场次，不计距离", 0, false));
            return;
        }
        if (volunteer is { BaseLatitude: { } lat, BaseLongitude: { } lon } && target is { SiteLatitude: { } siteLat, SiteLongitude: { } siteLon })
        {
            var km = new GeoPoint(lat, lon).DistanceKmTo(new GeoPoint(siteLat, siteLon));
            var points = DistanceBands.Where(b => km <= b.Km).Select(b => b.Points).FirstOrDefault();
            reasons.Add(new CandidateReason($"距阵地约 {km.ToString("0.#", CultureInfo.InvariantCulture)} 公里", points, false));
            return;
        }
        if (target.SiteTownship is { } township && volunteer.RegionCodes.Contains(township))
        {
            reasons.Add(new CandidateReason("服务镇街含阵地所在地", TownshipPoints, false));
            return;
        }
        reasons.Add(new CandidateReason("服务镇街不含阵地所在地", 0, false));
    }

    private static void Free(DateTimeOffset startsAt, DateTimeOffset endsAt, RankingFacts volunteer, List<CandidateReason> reasons)
    {
        if (volunteer.HasOverlap)
        {
            reasons.Add(new CandidateReason("该时段已承接其他场次", 0, true));
            return;
        }
        reasons.Add(IsAvailable(volunteer.Availability, startsAt, endsAt)
            ? new CandidateReason("该时段有空", FreePoints, false)
            : new CandidateReason("不在常规可服务时段", 0, false));
    }

    private static void Load(RankingFacts volunteer, List<CandidateReason> reasons)
    {
        var (taken, max) = (volunteer.SessionsThatMonth, Math.Max(1, volunteer.MaxSessionsPerMonth));
        if (taken >= max)
        {
            reasons.Add(new CandidateReason($"当月已承接 {taken}/{max} 场，已满", 0, true));
            return;
        }
        var points = (int)Math.Round(MaxLoadPoints * (1 - (double)taken / max), MidpointRounding.AwayFromZero);
        reasons.Add(new CandidateReason($"当月已承接 {taken}/{max} 场", points, false));
    }

    private static void Ratings(RankingFacts volunteer, List<CandidateReason> reasons)
    {
        if (volunteer.Ratings == 0 || volunteer.AverageStars is not { } average)
        {
            reasons.Add(new CandidateReason("暂无评价", 0, false));
            return;
        }
        var points = (int)Math.Round((average - 3) * PointsPerStar, MidpointRounding.AwayFromZero);
        reasons.Add(new CandidateReason($"服务评价 {average.ToString("0.0", CultureInfo.InvariantCulture)} 分（{volunteer.Ratings} 条）", points, false));
    }

    /// <summary>Whether one weekly window (Beijing time) holds the whole session; a session past midnight never fits.</summary>
    public static bool IsAvailable(IEnumerable<AvailabilityWindow> windows, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var (start, end) = (ChinaTime.ToLocal(startsAt), ChinaTime.ToLocal(endsAt));
        if (start.Date != end.Date && end.TimeOfDay != TimeSpan.Zero)
        {
            return false;
        }
        var day = start.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)start.DayOfWeek;
        var from = (int)start.TimeOfDay.TotalMinutes;
        var to = end.Date != start.Date ? 24 * 60 : (int)end.TimeOfDay.TotalMinutes;
        return windows.Any(w => w.Covers(day, from, to));
    }

    /// <summary>The Beijing calendar month holding an instant, as a UTC range [from, to).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) MonthOf(DateTimeOffset instant)
    {
        var local = ChinaTime.ToLocal(instant);
        var first = new DateOnly(local.Year, local.Month, 1);
        return (ChinaTime.FromLocal(first, TimeOnly.MinValue), ChinaTime.FromLocal(first.AddMonths(1), TimeOnly.MinValue));
    }
}
