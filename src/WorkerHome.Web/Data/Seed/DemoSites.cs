using WorkerHome.Features.Sites;

namespace WorkerHome.Data.Seed;

/// <summary>
/// The demo site network: the sites named in the Leshan and Xigu seed articles, and enough more in every county
/// for a believable network. Names of real places are real (region codes are real); coordinates are demo values
/// placed near each county seat, not surveyed positions.
/// </summary>
internal static class DemoSites
{
    /// <summary>A demo site. <paramref name="UnionChain"/> lists the unions below the county union ("@name" = that union itself).</summary>
    public sealed record Spec(string Name, SiteForm Form, SiteRating Rating, SiteStatus Status, string Host, string[] UnionChain,
        string Township, string Address, double Latitude, double Longitude, string[] Areas, (int Day, int Opens, int Closes)[] Hours,
        string? Description = null, (string Name, string Phone)? Contact = null, (string Name, DateOnly From, DateOnly To)? Project = null);

    /// <summary>
    /// What a demo outdoor-worker station offers: every station has water, charging and a seat; the stand-alone
    /// stations (with their long hours) have everything, community sites a microwave too, and the rest vary.
    /// </summary>
    public static List<StationAmenity> AmenitiesOf(Spec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!spec.Areas.Contains("outdoor_station"))
        {
            return [];
        }
        List<StationAmenity> basic = [StationAmenity.DrinkingWater, StationAmenity.Charging, StationAmenity.Rest];
        return spec.Hours == Hours.Station ? [.. Enum.GetValues<StationAmenity>()]
            : spec.Hours == Hours.Community ? [.. basic, StationAmenity.FoodHeating, StationAmenity.Toilet]
            : spec.Name.Length % 2 == 0 ? [.. basic, StationAmenity.Toilet] : [.. basic, StationAmenity.FirstAid];
    }

    /// <summary>Typical weekly hours, as (ISO day, opens, closes) in minutes.</summary>
    public static class Hours
    {
        public static readonly (int, int, int)[] Community = Days(1, 7, 9 * 60, 21 * 60);
        public static readonly (int, int, int)[] Station = Days(1, 7, 7 * 60, 20 * 60);
        public static readonly (int, int, int)[] Office = [.. Days(1, 5, 9 * 60, 12 * 60), .. Days(1, 5, 14 * 60, 17 * 60 + 30)];
        public static readonly (int, int, int)[] Enterprise = [.. Days(1, 5, 12 * 60, 13 * 60 + 30), .. Days(1, 5, 17 * 60 + 30, 21 * 60), .. Days(6, 6, 9 * 60, 17 * 60)];
        public static readonly (int, int, int)[] Mobile = Days(1, 6, 8 * 60, 20 * 60);
        public static readonly (int, int, int)[] Training = Days(1, 6, 8 * 60 + 30, 17 * 60 + 30);

        private static (int, int, int)[] Days(int from, int to, int opens, int closes) =>
            Enumerable.Range(from, to - from + 1).Select(d => (d, opens, closes)).ToArray();
    }

    public static readonly IReadOnlyList<Spec> All =
    [
        new("乐山市总工会职工服务中心", SiteForm.Shared, SiteRating.Provincial, SiteStatus.Operating, "乐山市总工会", ["@乐山市总工会"], "511102004", "市中区大佛街道乐山市总工会", 29.5627, 103.7799, ["rights_reception", "legal_aid", "hardship_aid", "joining_desk", "counselling", "classroom", "multimedia"], Hours.Office, Contact: ("市总工会服务中心", "0833-2100000")),
        new("市中区棉竹镇棉竹社区职工之家", SiteForm.Shared, SiteRating.Provincial, SiteStatus.Operating, "棉竹社区", ["棉竹镇总工会"], "511102109", "市中区棉竹镇棉竹社区", 29.5810, 103.6920, ["reading_room", "classroom", "rights_reception", "hardship_aid", "joining_desk", "counselling", "fitness"], Hours.Community),
        new("四川艾江电子商务有限公司职工之家", SiteForm.Enterprise, SiteRating.City, SiteStatus.Operating, "四川艾江电子商务有限公司", ["通江街道总工会", "四川艾江电子商务有限公司工会"], "511102006", "市中区通江街道四川艾江电子商务有限公司", 29.5656, 103.7394, ["reading_room", "classroom", "multimedia", "fitness"], Hours.Enterprise),
        new("市中区海棠街道职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "海棠街道办事处", ["海棠街道总工会"], "511102008", "市中区海棠街道", 29.5677, 103.7544, ["reading_room", "outdoor_station", "nursing_room", "hobby_rooms", "joining_desk"], Hours.Community),
        new("市中区全福街道户外劳动者驿站", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "全福街道环卫所", ["全福街道总工会"], "511102010", "市中区全福街道全福街道环卫所", 29.5343, 103.7677, ["outdoor_station", "reading_room"], Hours.Station),
        new("乐山高新区职工服务中心", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "乐山高新技术产业开发区管委会", ["绿心街道总工会"], "511102009", "市中区绿心街道乐山高新技术产业开发区管委会", 29.5287, 103.7562, ["rights_reception", "legal_aid", "joining_desk", "counselling", "classroom"], Hours.Office),
        new("市中区苏稽镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Building, "苏稽镇人民政府", ["苏稽镇总工会"], "511102106", "市中区苏稽镇", 29.5043, 103.6821, ["reading_room", "classroom"], Hours.Community),
        new("市中区通江街道职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "通江街道办事处", ["通江街道总工会"], "511102006", "市中区通江街道", 29.5652, 103.7491, ["reading_room", "outdoor_station", "child_care"], Hours.Community),
        new("沙湾区铜河街道职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "铜河街道办事处", ["铜河街道总工会"], "511111002", "沙湾区铜河街道", 29.4083, 103.5413, ["reading_room", "fitness", "hobby_rooms", "joining_desk", "hardship_aid"], Hours.Community),
        new("沙湾区踏水镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "踏水镇人民政府", ["踏水镇总工会"], "511111107", "沙湾区踏水镇", 29.4998, 103.6016, ["reading_room", "outdoor_station"], Hours.Community),
        new("沙湾区沙湾镇产业园区职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "沙湾区产业园区管委会", ["沙湾镇总工会"], "511111100", "沙湾区沙湾镇沙湾区产业园区管委会", 29.3201, 103.6145, ["rights_reception", "classroom", "innovation_studio", "fitness"], Hours.Enterprise),
        new("沙湾区嘉农镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Closed, "嘉农镇人民政府", ["嘉农镇总工会"], "511111101", "沙湾区嘉农镇", 29.4614, 103.6462, ["reading_room"], Hours.Community),
        new("四川罡宸不锈钢有限责任公司职工之家", SiteForm.Enterprise, SiteRating.County, SiteStatus.Operating, "四川罡宸不锈钢有限责任公司", ["竹根镇总工会", "四川罡宸不锈钢有限责任公司工会"], "511112100", "五通桥区竹根镇四川罡宸不锈钢有限责任公司", 29.3492, 103.8985, ["reading_room", "fitness", "classroom"], Hours.Enterprise),
        new("五通桥区竹根镇职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "竹根镇人民政府", ["竹根镇总工会"], "511112100", "五通桥区竹根镇", 29.4054, 103.7428, ["reading_room", "rights_reception", "hardship_aid", "joining_desk", "nursing_room"], Hours.Community),
        new("五通桥区牛华镇产业园区职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "牛华镇产业园区", ["牛华镇总工会"], "511112101", "五通桥区牛华镇牛华镇产业园区", 29.4374, 103.8799, ["outdoor_station", "classroom", "counselling"], Hours.Enterprise),
        new("五通桥区金粟镇流动职工之家", SiteForm.Mobile, SiteRating.County, SiteStatus.Operating, "岷江航电项目部", ["金粟镇总工会"], "511112104", "五通桥区金粟镇岷江航电项目部", 29.3909, 103.7940, ["outdoor_station", "legal_aid", "joining_desk"], Hours.Mobile, Project: ("岷江港航电综合开发工程（五通桥段）", new DateOnly(2025, 9, 1), new DateOnly(2027, 6, 30))),
        new("金口河区永和镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "永和镇人民政府", ["永和镇总工会"], "511113100", "金口河区永和镇", 29.3171, 103.1104, ["reading_room", "hardship_aid", "joining_desk"], Hours.Community),
        new("乐西高速金口河段建设项目流动职工之家", SiteForm.Mobile, SiteRating.City, SiteStatus.Operating, "乐西高速公路项目部", ["金河镇总工会"], "511113101", "金口河区金河镇乐西高速公路项目部", 29.2238, 103.1247, ["outdoor_station", "legal_aid", "joining_desk", "reading_room"], Hours.Mobile, Project: ("乐西高速公路（金口河段）建设项目", new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31))),
        new("犍为县玉津镇职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "玉津镇人民政府", ["玉津镇总工会"], "511123100", "犍为县玉津镇", 29.2175, 104.0158, ["reading_room", "classroom", "fitness", "rights_reception"], Hours.Community),
        new("犍为县清溪镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "清溪镇人民政府", ["清溪镇总工会"], "511123103", "犍为县清溪镇", 29.2136, 103.9118, ["reading_room", "child_care", "hobby_rooms"], Hours.Community),
        new("犍为县孝姑镇港区流动职工之家", SiteForm.Mobile, SiteRating.County, SiteStatus.Operating, "犍为港区工程项目部", ["孝姑镇总工会"], "511123101", "犍为县孝姑镇犍为港区工程项目部", 29.1354, 103.9160, ["outdoor_station", "legal_aid"], Hours.Mobile, Project: ("犍为港区配套工程", new DateOnly(2025, 6, 1), new DateOnly(2026, 12, 31))),
        new("井研县周坡镇职工之家", SiteForm.Shared, SiteRating.Provincial, SiteStatus.Operating, "周坡镇人民政府", ["周坡镇总工会"], "511124104", "井研县周坡镇", 29.6290, 104.1045, ["skills_training", "classroom", "reading_room", "joining_desk", "rights_reception"], Hours.Training, Description: "设有返乡农民工创业就业培训基地，开设柑橘栽培等课程，结业后由工会推荐到本地企业就业。"),
        new("井研县研城街道职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "研城街道办事处", ["研城街道总工会"], "511124001", "井研县研城街道", 29.6602, 104.0584, ["reading_room", "counselling", "nursing_room", "fitness"], Hours.Community),
        new("井研县竹园镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Planned, "竹园镇人民政府", ["竹园镇总工会"], "511124102", "井研县竹园镇", 29.7098, 104.1446, ["reading_room"], Hours.Community),
        new("夹江县漹城街道职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "漹城街道办事处", ["漹城街道总工会"], "511126002", "夹江县漹城街道", 29.7467, 103.5701, ["reading_room", "hobby_rooms", "joining_desk", "hardship_aid"], Hours.Community),
        new("夹江县黄土镇陶瓷产业园区职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "夹江县陶瓷产业园区", ["黄土镇总工会"], "511126101", "夹江县黄土镇夹江县陶瓷产业园区", 29.7490, 103.5301, ["rights_reception", "legal_aid", "classroom", "fitness", "outdoor_station"], Hours.Enterprise),
        new("夹江县青衣街道户外劳动者驿站", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "青衣街道环卫站", ["青衣街道总工会"], "511126001", "夹江县青衣街道青衣街道环卫站", 29.7243, 103.5765, ["outdoor_station"], Hours.Station),
        new("沐川县沐溪镇职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "沐溪镇人民政府", ["沐溪镇总工会"], "511129100", "沐川县沐溪镇", 29.0414, 103.8895, ["reading_room", "classroom", "hardship_aid", "joining_desk"], Hours.Community),
        new("沐川县永福镇竹产业园区职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Building, "永福镇竹产业园区", ["永福镇总工会"], "511129101", "沐川县永福镇永福镇竹产业园区", 28.9994, 103.9270, ["reading_room", "classroom"], Hours.Enterprise),
        new("峨边彝族自治县沙坪镇职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "沙坪镇人民政府", ["沙坪镇总工会"], "511132100", "峨边彝族自治县沙坪镇", 29.1643, 103.2414, ["reading_room", "rights_reception", "hardship_aid", "joining_desk", "counselling"], Hours.Community),
        new("峨边彝族自治县大堡镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "大堡镇人民政府", ["大堡镇总工会"], "511132101", "峨边彝族自治县大堡镇", 29.2749, 103.1853, ["reading_room", "outdoor_station"], Hours.Community),
        new("马边长和电力有限责任公司职工之家", SiteForm.Enterprise, SiteRating.County, SiteStatus.Operating, "马边长和电力有限责任公司", ["民建镇总工会", "马边长和电力有限责任公司工会"], "511133100", "马边彝族自治县民建镇马边长和电力有限责任公司", 28.7919, 103.4745, ["reading_room", "hobby_rooms"], Hours.Enterprise, Description: "公司职工之家设有图书角，职工午休时可阅读最新的杂志、报纸和小说。"),
        new("马边彝族自治县民建镇职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "民建镇人民政府", ["民建镇总工会"], "511133100", "马边彝族自治县民建镇", 28.9351, 103.5557, ["reading_room", "joining_desk", "rights_reception", "child_care"], Hours.Community),
        new("马边彝族自治县劳动镇流动职工之家", SiteForm.Mobile, SiteRating.County, SiteStatus.Suspended, "马边河水电站检修项目部", ["劳动镇总工会"], "511133105", "马边彝族自治县劳动镇马边河水电站检修项目部", 28.8079, 103.5933, ["outdoor_station", "joining_desk"], Hours.Mobile, Project: ("马边河流域水电站检修工程", new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31))),
        new("峨眉山市绥山镇红华苑社区职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "红华苑社区", ["绥山镇总工会", "红华苑社区工会"], "511181100", "峨眉山市绥山镇红华苑社区", 29.6271, 103.4303, ["outdoor_station", "reading_room", "classroom", "nursing_room", "fitness", "hobby_rooms", "child_care", "joining_desk"], Hours.Community, Description: "依托社区建设的共享职工之家：户外劳动者驿站、职工书屋、职工讲堂、妈咪宝贝屋、体育健身，周末有舞蹈、瑜伽、书画课程和幼儿托管。", Contact: ("红华苑社区工会", "0833-5520100")),
        new("国家税务总局峨眉山市税务局职工之家", SiteForm.Enterprise, SiteRating.City, SiteStatus.Operating, "国家税务总局峨眉山市税务局", ["胜利街道总工会", "国家税务总局峨眉山市税务局工会"], "511181001", "峨眉山市胜利街道国家税务总局峨眉山市税务局", 29.6187, 103.4717, ["counselling", "reading_room", "hobby_rooms", "multimedia", "fitness"], Hours.Office, Description: "设有心理驿站、峨税书屋、文体活动室、多媒体室、休息室和舞蹈室。"),
        new("峨眉山市胜利街道职工之家", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "胜利街道办事处", ["胜利街道总工会"], "511181001", "峨眉山市胜利街道", 29.5843, 103.4820, ["reading_room", "rights_reception", "hardship_aid", "joining_desk", "legal_aid"], Hours.Community),
        new("峨眉山市黄湾镇景区职工驿站", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "峨眉山景区管委会", ["黄湾镇总工会"], "511181112", "峨眉山市黄湾镇峨眉山景区管委会", 29.5617, 103.4221, ["outdoor_station", "counselling", "reading_room"], Hours.Station),
        new("峨眉山市符溪镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "符溪镇人民政府", ["符溪镇总工会"], "511181106", "峨眉山市符溪镇", 29.6233, 103.4608, ["reading_room", "classroom", "skills_training"], Hours.Training),
        new("峨眉山市高桥镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Planned, "高桥镇人民政府", ["高桥镇总工会"], "511181101", "峨眉山市高桥镇", 29.5090, 103.5461, ["reading_room"], Hours.Community),
        new("峨眉山市九里镇工业园区职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "九里镇工业园区", ["九里镇总工会"], "511181103", "峨眉山市九里镇九里镇工业园区", 29.5141, 103.3989, ["rights_reception", "classroom", "outdoor_station", "fitness"], Hours.Enterprise),
        new("峨眉山市双福镇职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Suspended, "双福镇人民政府", ["双福镇总工会"], "511181108", "峨眉山市双福镇", 29.5664, 103.4586, ["reading_room", "joining_desk"], Hours.Community),
        new("西固区职工服务中心", SiteForm.Shared, SiteRating.City, SiteStatus.Operating, "西固区总工会", [], "620104004", "西固区西固城街道西固区总工会", 36.0768, 103.6151, ["classroom", "multimedia", "counselling", "legal_aid", "hardship_aid", "joining_desk"], Hours.Office, Description: "西固区工会讲堂所在地：职工点单、小班开讲。", Contact: ("区总工会服务中心", "0931-7500000")),
        new("西柳沟街道上坎社区职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "上坎社区", ["西柳沟街道总工会", "上坎社区工会"], "620104007", "西固区西柳沟街道上坎社区", 36.0749, 103.6175, ["classroom", "legal_aid", "reading_room", "rights_reception"], Hours.Community),
        new("先锋路街道兰玻东社区职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "兰玻东社区", ["先锋路街道总工会", "兰玻东社区工会"], "620104002", "西固区先锋路街道兰玻东社区", 36.0851, 103.6180, ["counselling", "classroom", "reading_room"], Hours.Community),
        new("福利路街道福利西路社区职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "福利西路社区", ["福利路街道总工会", "福利西路社区工会"], "620104003", "西固区福利路街道福利西路社区", 36.0953, 103.6186, ["legal_aid", "classroom", "rights_reception", "joining_desk"], Hours.Community),
        new("陈坪街道职工之家", SiteForm.Shared, SiteRating.County, SiteStatus.Operating, "陈坪街道办事处", ["陈坪街道总工会"], "620104001", "西固区陈坪街道", 36.1070, 103.6215, ["reading_room", "fitness", "outdoor_station"], Hours.Community),
        new("西固区新城镇石化园区流动职工之家", SiteForm.Mobile, SiteRating.County, SiteStatus.Operating, "石化园区建设项目部", ["新城镇总工会"], "620104100", "西固区新城镇石化园区建设项目部", 36.0609, 103.6897, ["outdoor_station", "legal_aid", "joining_desk"], Hours.Mobile, Project: ("西固石化产业园区建设工程", new DateOnly(2026, 4, 1), new DateOnly(2027, 10, 31))),
    ];
}
