using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Needs;

/// <summary>A registered worker and a client signed in as them.</summary>
internal sealed record TestWorker(Guid Id, string Phone, HttpClient Client) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

/// <summary>
/// Data of the needs tests' own: a fresh union per test (named 测试…, which the seeding test leaves out), so grouping
/// in one test never meets another test's needs, and new workers belonging to it.
/// </summary>
internal static class NeedsTestData
{
    public const string Password = "hello2026";

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

    /// <summary>Registers a worker (through the API) whose home union is the given one, and signs them in.</summary>
    public static async Task<TestWorker> NewWorkerAsync(this TestApp app, int? homeUnionId, string displayName = "测试职工")
    {
        var phone = "187" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        using (var anonymous = app.Anonymous())
        {
            var registered = await (await anonymous.PostJsonAsync("/api/auth/register", new { phone, password = Password, displayName }))
                .ReadAsync<RegisteredUser>(HttpStatusCode.Created);
            await app.DbAsync(db => db.Users.Where(u => u.Id == registered.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.HomeUnionId, homeUnionId)));
            return new TestWorker(registered.Id, phone, await app.As(phone, Password));
        }
    }

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
