using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Needs;

/// <summary>A worker of the needs tests with a client signed in as them.</summary>
internal sealed record NeedsWorker(Guid Id, HttpClient Client) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

/// <summary>
/// Data of the needs tests' own: a fresh union per test (named 测试…, which the seeding test leaves out), so grouping
/// in one test never meets another test's needs, and new workers belonging to it.
/// </summary>
internal static class NeedsTestData
{
    /// <summary>A grassroots union under a demo union, with its path.</summary>
    public static Task<int> FreshUnionAsync(this TestApp app, string parentName = "西固区总工会") => app.DbAsync(async db =>
    {
        var parent = await db.Unions.SingleAsync(u => u.Name == parentName);
        var union = new Union
        {
            Name = "测试工会 " + Guid.NewGuid().ToString("N")[..8],
            Level = UnionLevel.Grassroots,
            ParentId = parent.Id,
            RegionCode = parent.RegionCode,
            Path = "/new/",
            CreatedAt = app.Clock.GetUtcNow(),
        };
        db.Unions.Add(union);
        await db.SaveChangesAsync();
        union.PlaceUnder(parent);
        await db.SaveChangesAsync();
        return union.Id;
    });

    /// <summary>A new worker whose home union is the given one, with a bearer client (made fast by the harness).</summary>
    public static async Task<NeedsWorker> NewWorkerAsync(this TestApp app, int? homeUnionId) =>
        (await app.NewWorkersAsync(1, homeUnionId))[0];

    public static async Task<IReadOnlyList<NeedsWorker>> NewWorkersAsync(this TestApp app, int count, int? homeUnionId) =>
        (await app.CreateAsync(count, "need", homeUnionId)).Select(w => new NeedsWorker(w.Id, app.Bearer(w))).ToList();

    public static async Task<MyNeed> SubmitAsync(this HttpClient client, string text, NeedCategory category = NeedCategory.LegalAid, object? place = null)
    {
        var response = await client.PostJsonAsync("/api/needs", Request(text, category, place));
        return await response.ReadAsync<MyNeed>(HttpStatusCode.Created);
    }

    public static Dictionary<string, object?> Request(string text, NeedCategory category = NeedCategory.LegalAid, object? place = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["category"] = category.ToString(),
            ["text"] = text,
            ["preferredTimes"] = new[] { "WeekdayEvening", "Weekend" },
            ["channel"] = "Offline",
        };
        foreach (var property in place?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(place);
        }
        return body;
    }

    public static Task<Need> NeedAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.Needs.AsNoTracking().SingleAsync(n => n.Id == id));
}
