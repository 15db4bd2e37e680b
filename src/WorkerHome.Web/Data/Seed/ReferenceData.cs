using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Sites;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Reference data every installation needs, applied at every start: regions (inserted or renamed from the
/// shipped file), the starting function-area dictionary (inserted when missing; staff edits are kept) and the
/// starting sensitive-word lexicon (only into an empty lexicon).
/// </summary>
internal static class ReferenceData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record RegionRecord(string Code, string Name, string Level, string? Parent, double? Lat, double? Lng);

    private sealed record HolidayRecord(DateOnly Date, string Kind, string Name);

    /// <summary>Common spam and fraud words (包养, gambling, fake invoices…); staff extend the lexicon in the console.</summary>
    public static readonly IReadOnlyList<(string Word, string Category)> SensitiveWords =
    [
        ("包养", "色情"), ("包養", "色情"), ("约炮", "色情"), ("一夜情", "色情"), ("裸聊", "色情"),
        ("博彩", "赌博"), ("赌博", "赌博"), ("网赌", "赌博"), ("六合彩", "赌博"),
        ("代开发票", "广告"), ("办证", "广告"), ("刷单", "诈骗"), ("套现", "诈骗"), ("网贷", "诈骗"), ("裸贷", "诈骗"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name, CoreFunction Functions, string Description)> FunctionAreas =
    [
        ("reading_room", "职工书屋", CoreFunction.PoliticalGuidance | CoreFunction.SkillsAndAchievement, "图书报刊、技能提升与创新读物"),
        ("classroom", "职工讲堂", CoreFunction.PoliticalGuidance | CoreFunction.SkillsAndAchievement, "宣讲、讲座和小班课程"),
        ("multimedia", "多媒体室", CoreFunction.PoliticalGuidance, "视频学习、远程课程"),
        ("rights_reception", "维权诉求接待受理", CoreFunction.RightsProtection, "职工维权诉求的接待与受理"),
        ("legal_aid", "法律援助工作站", CoreFunction.RightsProtection, "法律咨询与法律援助"),
        ("hardship_aid", "困难职工帮扶救助", CoreFunction.Assistance, "困难职工帮扶救助服务"),
        ("counselling", "心理驿站", CoreFunction.Assistance, "心理咨询与疏导"),
        ("outdoor_station", "户外劳动者驿站", CoreFunction.Assistance, "饮水、热饭、充电、如厕、休息"),
        ("nursing_room", "妈咪宝贝屋", CoreFunction.Assistance | CoreFunction.RightsProtection, "哺乳、母婴休息"),
        ("child_care", "幼儿托管", CoreFunction.Assistance, "寒暑假及课后托管"),
        ("hobby_rooms", "业余休闲兴趣爱好", CoreFunction.Assistance, "舞蹈、瑜伽、书画等兴趣活动"),
        ("fitness", "体育健身", CoreFunction.Assistance, "健身器材与运动场地"),
        ("joining_desk", "建会入会服务", CoreFunction.Organising, "建会入会咨询与办理"),
        ("skills_training", "技能培训基地", CoreFunction.SkillsAndAchievement, "技能培训与就业推荐"),
        ("innovation_studio", "劳模工匠创新工作室", CoreFunction.SkillsAndAchievement, "劳模工匠带徒与创新"),
    ];

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        await using (var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("WorkerHome.Data.Seed.regions.json")
            ?? throw new InvalidOperationException("regions.json is not embedded."))
        {
            var records = await JsonSerializer.DeserializeAsync<List<RegionRecord>>(stream, Json, ct) ?? [];
            var existing = await db.Regions.ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
            // Parents first, so the self-reference is always satisfied.
            foreach (var record in records.OrderBy(r => r.Code.Length).ThenBy(r => r.Code, StringComparer.Ordinal))
            {
                if (!existing.TryGetValue(record.Code, out var region))
                {
                    region = new Region { Code = record.Code };
                    db.Regions.Add(region);
                }
                region.Name = record.Name;
                region.Level = Enum.Parse<RegionLevel>(record.Level);
                region.ParentCode = record.Parent;
                region.Latitude ??= record.Lat;
                region.Longitude ??= record.Lng;
            }
            await db.SaveChangesAsync(ct);
        }

        await SeedHolidaysAsync(db, ct);
        // The lexicon is seeded once; afterwards it is the staff's, and a word they removed must not come back.
        if (!await db.SensitiveWords.AnyAsync(ct))
        {
            foreach (var (word, category) in SensitiveWords)
            {
                db.SensitiveWords.Add(new SensitiveWord { Word = word, Category = category, CreatedAt = now });
            }
        }

        var areaCodes = await db.FunctionAreas.Select(a => a.Code).ToListAsync(ct);
        var order = 0;
        foreach (var (code, name, functions, description) in FunctionAreas)
        {
            order += 10;
            if (!areaCodes.Contains(code))
            {
                db.FunctionAreas.Add(new FunctionArea { Code = code, Name = name, CoreFunctions = functions, Description = description, SortOrder = order });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task SeedHolidaysAsync(AppDbContext db, CancellationToken ct)
    {
        await using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("WorkerHome.Data.Seed.holidays.json")
            ?? throw new InvalidOperationException("holidays.json is not embedded.");
        var records = await JsonSerializer.DeserializeAsync<List<HolidayRecord>>(stream, Json, ct) ?? [];
        var existing = (await db.PublicHolidays.Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        foreach (var record in records.Where(r => !existing.Contains(r.Date)))
        {
            db.PublicHolidays.Add(new PublicHoliday { Date = record.Date, Kind = Enum.Parse<HolidayKind>(record.Kind), Name = record.Name });
        }
    }
}
