using WorkerHome.Features.Dispatch;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Tests.Dispatch;

public sealed class CandidateRankingTests
{
    // Wednesday 2 December 2026, 19:00–20:30 in Beijing.
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);

    private static readonly RankingTarget AtSite = new(NeedCategory.LegalAid, "劳动合同纠纷怎么办", Start, Start.AddMinutes(90), false,
        36.10, 103.62, "620104001");

    private static RankingFacts Volunteer(int id = 1, NeedCategory[]? skills = null, string[]? tags = null, string[]? townships = null,
        (double, double)? basePoint = null, AvailabilityWindow[]? windows = null, int max = 4, int thatMonth = 0, bool overlap = false,
        double? stars = null, int ratings = 0) =>
        new(id, skills ?? [NeedCategory.LegalAid], tags ?? [], townships ?? [], basePoint?.Item1, basePoint?.Item2,
            windows ?? [new AvailabilityWindow { Day = 3, FromMinute = 18 * 60, ToMinute = 22 * 60 }], max, thatMonth, overlap, stars, ratings);

    private static CandidateReason Reason(CandidateScore score, string startsWith) =>
        Assert.Single(score.Reasons, r => r.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_matching_skill_scores_and_a_tag_in_the_title_scores_more()
    {
        var plain = CandidateRanking.Score(AtSite, Volunteer());
        var tagged = CandidateRanking.Score(AtSite, Volunteer(tags: ["劳动合同", "婚姻家庭"]));
        var other = CandidateRanking.Score(AtSite, Volunteer(skills: [NeedCategory.Psychology]));
        Assert.Equal(CandidateRanking.SkillPoints, Reason(plain, "擅长法律援助").Points);
        Assert.Equal(CandidateRanking.TagPoints, Reason(tagged, "专长“劳动合同”").Points);
        Assert.DoesNotContain(tagged.Reasons, r => r.Text.Contains("婚姻家庭", StringComparison.Ordinal));
        Assert.Equal(0, Reason(other, "不擅长法律援助").Points);
        Assert.True(tagged.Score > plain.Score && plain.Score > other.Score);
    }

    [Fact]
    public void Distance_is_measured_from_the_base_point_else_by_service_township_and_not_at_all_online()
    {
        var near = CandidateRanking.Score(AtSite, Volunteer(basePoint: (36.11, 103.63)));
        var far = CandidateRanking.Score(AtSite, Volunteer(basePoint: (36.6, 104.2)));
        var township = CandidateRanking.Score(AtSite, Volunteer(townships: ["620104001"]));
        var elsewhere = CandidateRanking.Score(AtSite, Volunteer(townships: ["620102001"]));
        var online = CandidateRanking.Score(AtSite with { Online = true, SiteLatitude = null, SiteLongitude = null, SiteTownship = null }, Volunteer());

        Assert.Equal(20, Reason(near, "距阵地约 1.4 公里").Points);
        Assert.Equal(0, Reason(far, "距阵地约").Points);
        Assert.Equal(CandidateRanking.TownshipPoints, Reason(township, "服务镇街含阵地所在地").Points);
        Assert.Equal(0, Reason(elsewhere, "服务镇街不含").Points);
        Assert.Equal(0, Reason(online, "线上场次").Points);
    }

    [Fact]
    public void The_haversine_distance_matches_a_known_pair()
    {
        // Lanzhou (36.06, 103.83) to Xining (36.62, 101.78): about 195 km.
        Assert.InRange(new GeoPoint(36.06, 103.83).DistanceKmTo(new GeoPoint(36.62, 101.78)), 190, 200);
    }

    [Fact]
    public void Free_means_a_window_in_Beijing_time_holds_the_session_and_an_overlap_blocks()
    {
        var free = CandidateRanking.Score(AtSite, Volunteer());
        var mornings = CandidateRanking.Score(AtSite, Volunteer(windows: [new AvailabilityWindow { Day = 3, FromMinute = 8 * 60, ToMinute = 12 * 60 }]));
        var thursday = CandidateRanking.Score(AtSite, Volunteer(windows: [new AvailabilityWindow { Day = 4, FromMinute = 0, ToMinute = 1440 }]));
        var busy = CandidateRanking.Score(AtSite, Volunteer(overlap: true));

        Assert.Equal(CandidateRanking.FreePoints, Reason(free, "该时段有空").Points);
        Assert.Equal(0, Reason(mornings, "不在常规可服务时段").Points);
        Assert.Equal(0, Reason(thursday, "不在常规可服务时段").Points);
        Assert.True(Reason(busy, "该时段已承接其他场次").Blocking);
        Assert.True(busy.Blocked);
    }

    [Fact]
    public void Load_scores_the_room_left_in_the_month_and_a_full_month_blocks()
    {
        Assert.Equal(10, Reason(CandidateRanking.Score(AtSite, Volunteer(thatMonth: 0)), "当月已承接 0/4 场").Points);
        Assert.Equal(5, Reason(CandidateRanking.Score(AtSite, Volunteer(thatMonth: 2)), "当月已承接 2/4 场").Points);
        var full = CandidateRanking.Score(AtSite, Volunteer(thatMonth: 4));
        Assert.True(Reason(full, "当月已承接 4/4 场，已满").Blocking);
    }

    [Fact]
    public void Ratings_above_three_stars_add_below_take_away_and_none_is_neutral()
    {
        Assert.Equal(8, Reason(CandidateRanking.Score(AtSite, Volunteer(stars: 4.6, ratings: 12)), "服务评价 4.6 分（12 条）").Points);
        Assert.Equal(-5, Reason(CandidateRanking.Score(AtSite, Volunteer(stars: 2.0, ratings: 3)), "服务评价 2.0 分").Points);
        Assert.Equal(0, Reason(CandidateRanking.Score(AtSite, Volunteer()), "暂无评价").Points);
    }

    [Fact]
    public void A_group_has_no_time_or_place_so_only_skill_load_and_ratings_count()
    {
        var group = new RankingTarget(NeedCategory.LegalAid, "劳动合同", null, null, false, null, null, null);
        var score = CandidateRanking.Score(group, Volunteer(overlap: true, basePoint: (36.11, 103.63)));
        Assert.False(score.Blocked);
        Assert.DoesNotContain(score.Reasons, r => r.Text.StartsWith("距阵地", StringComparison.Ordinal) || r.Text.Contains("时段", StringComparison.Ordinal));
        Assert.Equal(CandidateRanking.SkillPoints + CandidateRanking.MaxLoadPoints, score.Score);
    }

    [Fact]
    public void Blocked_volunteers_come_last_whatever_their_score_and_every_score_is_the_sum_of_its_reasons()
    {
        var ranked = CandidateRanking.Rank(AtSite, [
            Volunteer(1, tags: ["劳动合同"], stars: 5, ratings: 9, overlap: true),
            Volunteer(2, skills: [NeedCategory.Psychology]),
            Volunteer(3),
            Volunteer(4, thatMonth: 4, tags: ["劳动合同"]),
        ]);
        Assert.Equal([3, 2, 1, 4], ranked.Select(r => r.VolunteerId));
        Assert.All(ranked, r => Assert.Equal(r.Reasons.Sum(x => x.Points), r.Score));
    }

    [Fact]
    public void The_month_of_a_session_is_the_Beijing_calendar_month()
    {
        // 1 January 2027 at 07:00 in Beijing is still 31 December in UTC.
        var (from, to) = CandidateRanking.MonthOf(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 16, 0, 0, TimeSpan.Zero), to);
    }
}
