using System.Globalization;
using System.Net;
using WorkerHome.Features.Membership;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Membership;

public static class MembershipTestData
{
    public const string Suishan = "绥山镇总工会";
    public const string Zhoupo = "周坡镇总工会";
    public const string Community = "红华苑社区工会";
    public const string TaxOffice = "国家税务总局峨眉山市税务局工会";

    private static int _sequence;

    /// <summary>A fresh valid ID number (峨眉山市, a birth date and sequence never used before in this run).</summary>
    public static string NewIdNumber()
    {
        var n = Interlocked.Increment(ref _sequence) + Random.Shared.Next(0, 1000) * 10_000;
        var birth = new DateOnly(1970, 1, 1).AddDays(n % 10_000 + Random.Shared.Next(0, 3) * 10_000);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"511181{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}");
        return first17 + IdNumbers.CheckCharacter(first17);
    }

    public static ApplyRequest Gig(int unionId, string? idNumber = null, string name = "王小骑") => new()
    {
        RealName = name, IdNumber = idNumber ?? NewIdNumber(), Phone = "13812345678", WorkKind = WorkKind.FoodDelivery, UnionId = unionId, Consent = true,
    };

    public static async Task<MyApplication> ApplyAsync(this TestApp app, TestWorker worker, ApplyRequest request)
    {
        using var client = app.Bearer(worker);
        return await (await client.PostJsonAsync("/api/membership/applications", request)).ReadAsync<MyApplication>(HttpStatusCode.Created);
    }

    /// <summary>A worker who applied to <paramref name="union"/> and was approved by <paramref name="staff"/>.</summary>
    public static async Task<(TestWorker Worker, ApplicationItem Approved)> MemberAsync(this TestApp app, string union, string staff, string? idNumber = null)
    {
        var worker = (await app.CreateAsync(1, "mb"))[0];
        var applied = await app.ApplyAsync(worker, Gig(await app.UnionIdAsync(union), idNumber));
        using var client = await app.As(staff);
        var approved = await (await client.PostAsync($"/api/console/membership/applications/{applied.Id}/approve", null)).ReadAsync<ApplicationItem>();
        return (worker, approved);
    }

    public static async Task<PagedList<ApplicationItem>> ApplicationsAsync(this HttpClient client, string query = "status=Pending&pageSize=100") =>
        await (await client.GetAsync("/api/console/membership/applications?" + query)).ReadAsync<PagedList<ApplicationItem>>();
}
