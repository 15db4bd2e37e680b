using WorkerHome.Features.Needs;

namespace WorkerHome.Tests.Needs;

/// <summary>
/// The grouping rule on realistic needs, as workers in Xigu and Leshan write them. These pairs are what the
/// threshold was chosen on: every pair that should group clears it, every pair that should not stays below.
/// </summary>
public sealed class NeedGroupingTests
{
    public static TheoryData<string, string> SameTopic => new()
    {
        { "希望开展劳动合同法讲座", "想听劳动合同方面的法律知识讲座" },
        { "希望开展劳动合同法讲座", "签劳动合同要注意哪些问题，希望有律师讲一讲" },
        { "公司拖欠工资三个月了，怎么维权？", "老板拖欠农民工工资，希望工会帮忙讨薪" },
        { "农民工讨薪难，希望提供法律援助", "老板拖欠农民工工资，希望工会帮忙讨薪" },
        { "孩子暑假没人带，希望有托管班", "暑期希望工会开办子女托管班" },
        { "孩子暑假没人带，希望有托管班", "暑假孩子在家没人管，能不能办个托管班" },
        { "孩子放学后没人接，希望有课后托管", "孩子暑假没人带，希望有托管班" },
        { "工作压力大，希望有心理减压讲座", "想参加心理健康讲座，学习情绪调节和减压" },
        { "想学柑橘种植技术", "返乡后想学柑橘栽培管理技术" },
        { "女职工孕期权益保护讲座", "想了解女职工怀孕期间的权益保障" },
        { "希望组织职工篮球比赛", "想参加篮球比赛" },
        { "想学书法", "希望开设书法班" },
        { "希望开展劳动合同法讲座", "希望开展劳动合同法讲座！" },
    };

    public static TheoryData<string, string> DifferentTopics => new()
    {
        { "希望开展劳动合同法讲座", "孩子暑假没人带，希望有托管班" },
        { "想听劳动合同方面的法律知识讲座", "孩子暑假没人带，希望有托管班" },
        { "希望开展劳动合同法讲座", "希望开展婚姻家庭法讲座" },
        { "希望开展劳动合同法讲座", "工伤认定流程不清楚，希望有人讲解工伤保险" },
        { "公司拖欠工资三个月了，怎么维权？", "工伤认定流程不清楚，希望有人讲解工伤保险" },
        { "公司拖欠工资三个月了，怎么维权？", "希望开展劳动合同法讲座" },
        { "工作压力大，希望有心理减压讲座", "希望开展劳动合同法讲座" },
        { "希望开设电工技能培训，考取电工证", "想参加焊工技能培训，提高收入" },
        { "希望开设电工技能培训，考取电工证", "想学柑橘种植技术" },
        { "希望组织职工篮球比赛", "希望组织职工书法比赛" },
        { "希望多组织篮球比赛", "想参加羽毛球活动" },
        { "想咨询工伤赔偿", "想咨询离婚财产分割" },
        { "希望开设瑜伽课", "想参加舞蹈培训" },
    };

    [Theory]
    [MemberData(nameof(SameTopic))]
    public void Needs_about_the_same_thing_are_similar(string a, string b)
    {
        var (x, y) = (NeedGrouping.Bigrams(a), NeedGrouping.Bigrams(b));
        Assert.True(NeedGrouping.AreSimilar(x, y), $"{a} / {b}: Dice {NeedGrouping.Similarity(x, y):0.000}");
        Assert.True(NeedGrouping.Similarity(x, y) >= NeedGrouping.SimilarThreshold);
    }

    [Theory]
    [MemberData(nameof(DifferentTopics))]
    public void Needs_about_different_things_are_not(string a, string b)
    {
        var (x, y) = (NeedGrouping.Bigrams(a), NeedGrouping.Bigrams(b));
        Assert.False(NeedGrouping.AreSimilar(x, y), $"{a} / {b}: Dice {NeedGrouping.Similarity(x, y):0.000}");
    }

    [Fact]
    public void The_threshold_sits_in_the_gap_between_the_two_sets()
    {
        var same = SameTopic.Select(row => Dice(row.Data.Item1, row.Data.Item2)).Min();
        // Pairs that share only one generic bigram may score high on short texts; the two-bigram minimum stops those.
        var different = DifferentTopics.Select(row => row.Data)
            .Where(p => Shared(p.Item1, p.Item2) >= NeedGrouping.MinSharedBigrams)
            .Select(p => Dice(p.Item1, p.Item2)).DefaultIfEmpty(0).Max();
        Assert.InRange(NeedGrouping.SimilarThreshold, different + 0.01, same);
    }

    [Fact]
    public void Normalisation_ignores_width_case_and_punctuation_but_no_bigram_spans_a_comma()
    {
        Assert.Equal(NeedGrouping.Bigrams("想学 Excel 表格"), NeedGrouping.Bigrams("想学ＥＸＣＥＬ表格！"));
        Assert.DoesNotContain("带托", NeedGrouping.Bigrams("孩子没人带，托管班"));
    }

    [Fact]
    public void Function_words_and_the_words_of_asking_carry_no_weight()
    {
        Assert.Empty(NeedGrouping.Bigrams("希望可以开展一些活动吗？"));
        Assert.True(NeedGrouping.Bigrams("我们希望有劳动合同的讲座").SetEquals(["劳动", "动合", "合同"]));
    }

    [Fact]
    public void A_need_joins_the_group_of_its_most_similar_member()
    {
        var members = new (int, string)[]
        {
            (1, "孩子暑假没人带，希望有托管班"),
            (2, "想听劳动合同方面的法律知识讲座"),
            (2, "公司不签劳动合同怎么办"),
            (3, "签劳动合同要注意哪些问题，希望有律师讲一讲"),
        }.Select(m => (m.Item1, NeedGrouping.Bigrams(m.Item2)));
        Assert.Equal(2, NeedGrouping.BestGroup(NeedGrouping.Bigrams("希望开展劳动合同法讲座"), members));
        Assert.Null(NeedGrouping.BestGroup(NeedGrouping.Bigrams("工伤认定流程不清楚"), members));
    }

    [Fact]
    public void Ties_go_to_the_older_group()
    {
        var text = NeedGrouping.Bigrams("想学柑橘种植技术");
        Assert.Equal(4, NeedGrouping.BestGroup(text, [(7, text), (4, text)]));
    }

    [Theory]
    [InlineData("希望开展劳动合同法讲座", "希望开展劳动合同法讲座")]
    [InlineData("孩子暑假没人带。希望有托管班", "孩子暑假没人带")]
    [InlineData("我们车间很多年轻工人想学习数控机床编程和操作技术", "我们车间很多年轻工人想学习数控机床编程…")]
    [InlineData("  希望   开展\n讲座  ", "希望 开展 讲座")]
    public void A_new_group_is_titled_from_the_first_clause_of_its_need(string text, string title) =>
        Assert.Equal(title, NeedGrouping.TitleFrom(text));

    private static double Dice(string a, string b) => NeedGrouping.Similarity(NeedGrouping.Bigrams(a), NeedGrouping.Bigrams(b));

    private static int Shared(string a, string b) => NeedGrouping.Bigrams(a).Intersect(NeedGrouping.Bigrams(b)).Count();
}
