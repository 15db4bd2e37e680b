using WorkerHome.Data.Seed;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Tests.Moderation;

/// <summary>The screen as a pure function over the seeded lexicon: no database, no clock.</summary>
public sealed class TextScreenTests
{
    private static readonly AhoCorasick Seeded = new(ReferenceData.SensitiveWords.Select(w => TextScreen.Normalize(w.Word)));

    private static ScreenResult Screen(string text) => TextScreen.Screen(text, Seeded);

    private static string Marked(string text) =>
        string.Join("|", TextScreen.Mark(text, Seeded).Select(m => text.Substring(m.Start, m.Length)));

    [Theory]
    [InlineData("想找人包养")]
    [InlineData("包 养")]
    [InlineData("包.养")]
    [InlineData("包-养")]
    [InlineData("包\u200B养")]
    [InlineData("包　养")]
    [InlineData("包😀养")]
    [InlineData("找個包養的")]
    [InlineData("代 开 发 票")]
    public void Lexicon_words_are_found_through_separators(string text)
    {
        var result = Screen(text);
        Assert.True(result.Flagged, text);
        Assert.StartsWith("含敏感词：", result.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Full_width_and_upper_case_letters_match_a_latin_lexicon_word()
    {
        var lexicon = new AhoCorasick([TextScreen.Normalize("VX")]);
        Assert.True(TextScreen.Screen("加ＶＸ", lexicon).Flagged);
        Assert.True(TextScreen.Screen("加 v x 吧", lexicon).Flagged);
        Assert.Equal("abc123", TextScreen.Normalize("ＡＢＣ　１２３"));
    }

    [Fact]
    public void The_reason_names_each_word_once()
    {
        var result = Screen("包养，包养，网赌");
        Assert.Equal("含敏感词：包养、网赌", Assert.Single(result.Reasons));
    }

    [Fact]
    public void Marks_point_at_the_words_in_the_original_text_even_across_separators()
    {
        Assert.Equal("包 养|网赌", Marked("有人 包 养 还有网赌"));
        Assert.Equal("包\u200B養", Marked("找个包\u200B養"));
    }

    [Theory]
    [InlineData("详情见 http://spam.example/page")]
    [InlineData("访问 www.baoyang.cn")]
    [InlineData("登录 abc-xyz.com 领取")]
    [InlineData("网址ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ")]
    [InlineData("看 example。com 有惊喜")]
    public void Links_are_flagged(string text) =>
        Assert.Contains("含网址链接", Screen(text).Reasons);

    [Theory]
    [InlineData("电话13812345678")]
    [InlineData("电话 138 1234 5678")]
    [InlineData("电话138-1234-5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("手机：１３８１２３４５６７８")]
    [InlineData("座机 0833-5551234")]
    [InlineData("座机 (028) 8765 4321")]
    [InlineData("热线 400-123-4567")]
    public void Mobile_and_landline_numbers_are_flagged_with_spaces_and_dashes(string text) =>
        Assert.Contains("含手机号或电话号码", Screen(text).Reasons);

    [Fact]
    public void A_phone_number_is_marked_across_its_separators()
    {
        Assert.Equal("138 1234 5678", Marked("请打 138 1234 5678 咨询"));
    }

    [Theory]
    [InlineData("微信号 abc_123")]
    [InlineData("微信：wh2026ok")]
    [InlineData("vx: jiaoyou88")]
    [InlineData("VX号 Money_666")]
    [InlineData("加我微信详聊")]
    [InlineData("加微信领红包")]
    [InlineData("有事加V")]
    [InlineData("wxid_abc12345")]
    public void WeChat_ids_and_invitations_are_flagged(string text) =>
        Assert.Contains("含微信号或引导加微信", Screen(text).Reasons);

    [Theory]
    [InlineData("QQ 123456789")]
    [InlineData("qq号：10001")]
    [InlineData("扣扣 5566778")]
    [InlineData("QQ群 87654321")]
    public void QQ_numbers_are_flagged(string text) =>
        Assert.Contains("含QQ号", Screen(text).Reasons);

    /// <summary>What workers actually write; none of it may wait for a moderator.</summary>
    public static TheoryData<string> OrdinaryNeeds => new()
    {
        "希望工会能组织一次劳动合同法讲座，讲讲试用期、加班费和解除合同时的赔偿怎么算。",
        "我们工地有工资拖欠的情况，已经三个月没发了，想请法律援助律师来讲讲怎么依法维权。",
        "工作压力大，经常失眠，希望职工之家的心理驿站能开心理减压课程，最好在周末。",
        "暑假孩子没人看，希望社区职工之家办子女暑期托管班，7月到8月，双职工家庭很需要。",
        "我是返乡农民工，想参加柑橘种植培训，学习修剪、施肥和病虫害防治，最好有实地教学。",
        "希望开设电工证考前培训，很多兄弟想考低压电工操作证，周六或周日上课都可以。",
        "户外劳动者驿站夏天能不能多准备些绿豆汤和藿香正气水？环卫工人中午没地方休息。",
        "想学习《民法典》婚姻家庭编，特别是离婚财产分割和子女抚养方面的内容。",
        "建议在周坡镇开展一次就业推荐会，介绍本地企业的岗位，返乡人员很多在找工作。",
        "女职工希望有两癌筛查和健康讲座，另外妈咪宝贝屋的开放时间能否延长到晚上八点。",
        "我们车间夜班多，希望职工书屋晚上也开放，能借到技能提升方面的书，比如数控编程。",
        "希望工会讲堂讲讲工伤认定流程：受伤后多少天内申请、需要哪些材料、找哪个部门。",
        "退休前想了解养老保险怎么计算，缴费年限不够15年怎么办，希望有社保专家来讲。",
        "社区里有很多快递小哥和外卖骑手，希望帮他们入会，并且讲讲交通安全和意外保险。",
        "想组织一次职工篮球比赛，西固区各单位都可以报名，时间放在国庆节前后比较好。",
        "能不能开个瑜伽和广场舞的兴趣班？下班后想锻炼身体，每周二、周四晚上七点最好。",
        "希望有人讲讲网络诈骗的常见套路，保护好自己的钱包，特别是针对老年职工家属。",
        "电子商务公司的年轻人想学直播带货技能，希望工会联系培训机构开一期短期班。",
        "2026年12月5日想预约职工之家的多媒体室开班组会，大约20人，时间两个小时左右。",
        "希望工会开展一次困难职工帮扶政策宣讲，说明申请条件、需要的证明和办理时限。",
        "可以建一个微信群通知讲座时间吗？我们班组想加微信群，方便报名。",
        "老师傅想把焊接技术教给徒弟，建议成立劳模工匠创新工作室，带徒3到5人。",
    };

    [Theory]
    [MemberData(nameof(OrdinaryNeeds))]
    public void Ordinary_needs_are_not_flagged(string need)
    {
        var result = Screen(need);
        Assert.False(result.Flagged, string.Join("；", result.Reasons));
    }

    /// <summary>
    /// Written for this test in the manner of the spam injected into the Leshan page: a token spliced into words
    /// (工会包養组织, 峨眉包養山市) and repeated on lines of its own.
    /// </summary>
    private const string StuffedSample = """
        甜心包養网宝贝

        包養 包養网
        包養

        峨眉包養山市绥山镇的职工每到周末都会来到社区职工之家，参加工会包養组织的舞蹈学习。峨眉山市总工会在社区建起了职工书屋和妈咪宝贝屋，
        工会组织还开设了瑜伽和书画课程。职工书屋里，几名职工正在安静阅读，职工书包養屋每天开放到晚上九点。
        """;

    [Fact]
    public void A_token_spliced_into_words_and_repeated_on_its_own_lines_is_stuffing()
    {
        var reasons = TextScreen.SpamSignals(StuffedSample);
        Assert.Contains(reasons, r => r.StartsWith("疑似堆砌关键词：", StringComparison.Ordinal) && r.Contains("包養", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stuffed_token_that_is_in_no_lexicon_is_still_caught()
    {
        var text = StuffedSample.Replace("包養", "甜蜜蜜", StringComparison.Ordinal);
        var result = TextScreen.Screen(text, new AhoCorasick([]));
        Assert.Contains("疑似堆砌关键词：甜蜜蜜", result.Reasons);
    }

    [Fact]
    public void A_long_article_that_repeats_its_topic_word_is_not_stuffing()
    {
        var sentences = new[]
        {
            "乐山市总工会推进职工之家阵地建设。", "每个职工之家都有职工书屋。", "红华苑社区职工之家开设了舞蹈课。",
            "职工之家是职工群众的温馨港湾。", "企业职工之家服务本单位职工。", "共享职工之家服务周边职工。",
            "流动职工之家走进重点工程项目。", "职工之家配备了户外劳动者驿站。", "周坡镇职工之家办起了创业培训基地。",
            "职工之家的心理驿站帮助职工缓解压力。", "税务局职工之家建有峨税书屋。", "新建职工之家要建起来、转起来、强起来。",
            "职工之家的五大职能包括维护合法权益。", "到2025年全市职工之家总数将近400个。", "职工之家让职工就近获得服务。",
            "县级职工之家由县总工会审核。", "职工之家的建设资金来自上级补贴和基层自筹。", "每年评选一批示范职工之家。",
            "职工之家的开放时间在门口公示。", "欢迎大家到职工之家来坐一坐。",
        };
        var article = string.Join("", sentences);
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(article, "职工之家"));
        var result = Screen(article);
        Assert.False(result.Flagged, string.Join("；", result.Reasons));
    }

    [Fact]
    public void A_lone_surrogate_does_not_break_the_screen()
    {
        var result = Screen("包养\uD800文字");
        Assert.True(result.Flagged);
        Assert.Equal("包养", TextScreen.Normalize("包\uDC00养"));
    }

    [Fact]
    public void Marks_of_several_findings_are_sorted_and_merged()
    {
        var text = "网赌，加微信abc_1234 电话13812345678";
        var marks = TextScreen.Mark(text, Seeded);
        Assert.Equal(marks.OrderBy(m => m.Start).ToList(), marks);
        Assert.Equal("网赌|加微信abc_1234|13812345678", Marked(text));
    }
}
