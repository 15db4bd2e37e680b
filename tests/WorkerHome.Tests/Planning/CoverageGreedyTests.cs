using WorkerHome.Features.Planning;
using WorkerHome.Infrastructure.Maps;

namespace WorkerHome.Tests.Planning;

/// <summary>
/// A small hand-checked map: six townships on one meridian (longitude 100°E), placed by kilometres north of A.
/// One degree of latitude is 111.195 km on the sphere GeoPoint uses, so the kilometres below are exact enough.
///
///   km:      0      3          8.5     12   14                30
///            A      B           C       D    E                 F
///   workers: 100    200         150     300  50                80      (880 in all)
///
/// A is already covered by an existing shared site. With a 5 km reach each candidate covers:
///   A → A, B (gain B = 200)           B → A, B (gain B = 200)
///   C → C, D (gain 450)               D → C, D, E (gain 500)
///   E → D, E (gain 350)               F → F (gain 80)
/// Pick 1: D (500 workers; coverage 100/880 = 11.4% → 600/880 = 68.2%).
/// Pick 2: only B is left near: A and B both gain 200 workers and one township, so the lower code, A, wins
///         (600 + 200 = 800/880 = 90.9%).
/// Pick 3: F (80; 880/880 = 100%). Then nothing is left, so asking for five gives three.
/// </summary>
public sealed class CoverageGreedyTests
{
    private const double KmPerDegree = 111.19508;

    private static GreedyTownship Town(string code, string name, double km, int workers, bool covered = false) =>
        new(code, name, workers, new GeoPoint(30 + km / KmPerDegree, 100), covered);

    private static readonly IReadOnlyList<GreedyTownship> Line =
    [
        Town("999901001", "甲镇", 0, 100, covered: true),
        Town("999901002", "乙镇", 3, 200),
        Town("999901003", "丙镇", 8.5, 150),
        Town("999901004", "丁镇", 12, 300),
        Town("999901005", "戊镇", 14, 50),
        Town("999901006", "己镇", 30, 80),
    ];

    [Fact]
    public void The_first_pick_covers_the_most_uncovered_workers()
    {
        var first = Assert.Single(CoverageGreedy.Choose(Line, 5, 1));
        Assert.Equal("999901004", first.Code);
        Assert.Equal(["丁镇", "丙镇", "戊镇"], first.NewlyCovered);
        Assert.Equal(500, first.Workers);
        Assert.Equal(100.0 / 880, first.RateBefore, 9);
        Assert.Equal(600.0 / 880, first.RateAfter, 9);
        Assert.Equal("第 1 个：建在丁镇，新覆盖丁镇、丙镇、戊镇共 500 名职工，累计覆盖率由 11.4% 升至 68.2%", first.Explanation);
    }

    [Fact]
    public void Ties_go_to_the_lower_region_code_and_the_choice_stops_when_nothing_more_can_be_covered()
    {
        var picks = CoverageGreedy.Choose(Line, 5, 5);
        Assert.Equal(["999901004", "999901001", "999901006"], picks.Select(p => p.Code));
        Assert.Equal(["乙镇"], picks[1].NewlyCovered);
        Assert.Equal(800.0 / 880, picks[1].RateAfter, 9);
        Assert.Equal(1.0, picks[2].RateAfter, 9);
        Assert.Equal("第 3 个：建在己镇，新覆盖己镇共 80 名职工，累计覆盖率由 90.9% 升至 100.0%", picks[2].Explanation);
    }

    [Fact]
    public void A_wider_reach_changes_the_choice()
    {
        // At 6 km, C reaches B (5.5 km) and E (5.5 km) too: B, C, D, E = 700 workers, more than D's 500.
        var first = CoverageGreedy.Choose(Line, 6, 1)[0];
        Assert.Equal("999901003", first.Code);
        Assert.Equal(700, first.Workers);
    }

    [Fact]
    public void Townships_without_a_point_are_never_covered_and_no_workers_means_a_zero_rate()
    {
        IReadOnlyList<GreedyTownship> towns =
        [
            new("999902001", "无坐标镇", 500, null, false),
            new("999902002", "有坐标镇", 0, new GeoPoint(30, 100), false),
        ];
        var picks = CoverageGreedy.Choose(towns, 5, 3);
        var only = Assert.Single(picks);
        Assert.Equal("999902002", only.Code);
        Assert.Equal(0, only.RateAfter);
        Assert.Empty(CoverageGreedy.Choose([], 5, 3));
    }
}
