using System.Globalization;
using System.Net;
using WorkerHome.Features.Aid;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Aid;

public static class AidTestData
{
    public const string Suishan = "绥山镇总工会";
    public const string Zhoupo = "周坡镇总工会";
    public const string Phone = "13987654321";
    public const string Health = "慢性肾病需长期透析";

    private static int _sequence;

    /// <summary>A fresh valid ID number (峨眉山市, region 511181; a 1960s birth date, unlike the demo's).</summary>
    public static string NewIdNumber()
    {
        var n = Interlocked.Increment(ref _sequence);
        var birth = new DateOnly(1960, 1, 1).AddDays(n % 3600);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"511181{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}");
        return first17 + IdNumbers.CheckCharacter(first17);
    }

    public static AidRequest Request(int unionId, string? idNumber = null, string name = "困难职工", long requestedFen = 300_000) => new()
    {
        RealName = name, IdNumber = idNumber ?? NewIdNumber(), Phone = Phone, UnionId = unionId,
        Household =
        [
            new HouseholdMemberInput { Name = name, Relation = "本人", Age = 48, IncomeFen = 123_456 },
            new HouseholdMemberInput { Name = "配偶", Relation = "配偶", Age = 46, IncomeFen = 0 },
        ],
        Causes = [AidCause.Illness, AidCause.Other], CauseDescription = "本人患病长期治疗，家庭收入下降", HealthNote = Health,
        RequestedFen = requestedFen, Consent = true,
    };

    public static async Task<MyAid> ApplyAsync(this TestApp app, TestWorker worker, AidRequest request)
    {
        using var client = app.Bearer(worker);
        var mine = await (await client.PostJsonAsync("/api/aid/applications", request)).ReadAsync<List<MyAid>>(HttpStatusCode.Created);
        return mine[0];
    }

    public static async Task<AidDetail> ApproveAsync(this HttpClient client, int id, AidLevel level, long amountFen) =>
        await (await client.PostJsonAsync($"/api/console/aid/applications/{id}/approve", new AidApproveInput { Level = level, AmountFen = amountFen, Opinion = "情况属实" }))
            .ReadAsync<AidDetail>();

    /// <summary>A fresh application in 绥山镇 approved at the first two levels by emeishan, waiting at the city.</summary>
    public static async Task<IReadOnlyList<int>> AtCityAsync(this TestApp app, int count, long amountFen)
    {
        var workers = await app.CreateAsync(count, "aid");
        var suishan = await app.UnionIdAsync(Suishan);
        using var emeishan = await app.As("emeishan");
        var ids = new List<int>();
        foreach (var worker in workers)
        {
            var applied = await app.ApplyAsync(worker, Request(suishan, requestedFen: amountFen));
            await emeishan.ApproveAsync(applied.Id, AidLevel.Grassroots, amountFen);
            await emeishan.ApproveAsync(applied.Id, AidLevel.County, amountFen);
            ids.Add(applied.Id);
        }
        return ids;
    }
}
