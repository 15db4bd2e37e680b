using WorkerHome.Features.Standards;

namespace WorkerHome.Tests.Standards;

public sealed class SiteAssessmentMeasureTests
{
    private static readonly ConstructionStandard Standard = new() { Id = 1, PassScore = 60 };

    private static readonly StandardItem[] Items =
    [
        new() { Id = 1, Kind = StandardItemKind.Minimum, Minimum = 100, Unit = "平方米", Weight = 40, SortOrder = 10 },
        new() { Id = 2, Kind = StandardItemKind.Check, Weight = 20, SortOrder = 20 },
        new() { Id = 3, Kind = StandardItemKind.Check, FunctionAreaId = 7, Weight = 25, SortOrder = 30 },
        new() { Id = 4, Kind = StandardItemKind.Check, Weight = 15, SortOrder = 40 },
    ];

    private static SiteAssessment Measure(decimal? area, bool? check2, bool? check4, params int[] siteAreas) =>
        SiteAssessment.Measure(Standard, Items, new Dictionary<int, (bool?, decimal?, string?)>
        {
            [1] = (null, area, null),
            [2] = (check2, null, null),
            [4] = (check4, null, "备注"),
        }, siteAreas);

    [Fact]
    public void Met_items_earn_their_weight_and_the_maximum_is_the_total_weight()
    {
        var result = Measure(120, true, true, 7);
        Assert.Equal(100, result.Score);
        Assert.Equal(100, result.MaxScore);
        Assert.True(result.Passed);
        Assert.All(result.Results, r => Assert.True(r.Met));
    }

    [Fact]
    public void A_minimum_item_is_met_at_its_minimum_and_not_below()
    {
        Assert.Equal(40, Measure(100, false, false).Results.Single(r => r.ItemId == 1).Points);
        Assert.Equal(0, Measure(99.99m, false, false).Results.Single(r => r.ItemId == 1).Points);
        Assert.Equal(99.99m, Measure(99.99m, false, false).Results.Single(r => r.ItemId == 1).Value);
    }

    [Fact]
    public void A_function_area_item_is_answered_by_the_sites_areas_whatever_the_assessor_says()
    {
        var without = SiteAssessment.Measure(Standard, Items, new Dictionary<int, (bool?, decimal?, string?)> { [3] = (true, null, null) }, [8]);
        Assert.False(without.Results.Single(r => r.ItemId == 3).Met);
        var with = SiteAssessment.Measure(Standard, Items, new Dictionary<int, (bool?, decimal?, string?)> { [3] = (false, null, null) }, [7]);
        Assert.Equal(25, with.Results.Single(r => r.ItemId == 3).Points);
    }

    [Fact]
    public void The_pass_score_itself_passes_and_one_point_less_fails()
    {
        // 40 (area) + 20 (check 2) = 60 = pass score.
        var atPass = Measure(100, true, false);
        Assert.Equal(60, atPass.Score);
        Assert.True(atPass.Passed);
        // 40 + 15 = 55 < 60.
        var below = Measure(100, false, true);
        Assert.Equal(55, below.Score);
        Assert.False(below.Passed);
        Assert.Equal(60, below.PassScore);
    }

    [Fact]
    public void Results_keep_the_standards_order_and_the_assessors_notes()
    {
        var result = Measure(10, true, true);
        Assert.Equal([1, 2, 3, 4], result.Results.Select(r => r.ItemId));
        Assert.Equal("备注", result.Results.Single(r => r.ItemId == 4).Note);
        Assert.Null(result.Results.Single(r => r.ItemId == 2).Value);
    }
}
