using System.Net;
using WorkerHome.Data.Seed;
using WorkerHome.Features.Training;
using WorkerHome.Testing;
using WorkerHome.Tests.Training;

namespace WorkerHome.Tests.Privacy;

/// <summary>
/// A backup of the database (pg_dump, or a copy of the SQLite file) holds no phone number or ID number in clear: not
/// the demo accounts', not the ones workers typed into forms, not in the operation log's before/after copies.
/// </summary>
public abstract class DatabaseDumpTests(TestApp app)
{
    /// <summary>Phones the demo seed stores for its accounts and its counselling bookings.</summary>
    public static readonly string[] SeededPhones =
    [
        "13908330001", "13908330002", "13908330003", "13908330004", "13909310001", "13909310002", "13909310003", "13909310004", "13909310005",
        .. Enumerable.Range(1, 20).Select(i => $"199000000{i:00}"),
    ];

    /// <summary>ID numbers the demo seed stores for its membership applications, members and aid applications.</summary>
    public static readonly string[] SeededIdNumbers =
    [
        DemoMembership.IdNumber("511181", "19950612", "031"), DemoMembership.IdNumber("511124", "19880923", "042"),
        DemoMembership.IdNumber("511181", "19850304", "017"), DemoMembership.IdNumber("511181", "19920118", "058"),
        DemoMembership.IdNumber("511181", "19780312", "064"), DemoMembership.IdNumber("511181", "19820527", "071"),
        DemoMembership.IdNumber("511124", "19870809", "082"), DemoMembership.IdNumber("511181", "19750101", "093"),
        DemoMembership.IdNumber("511124", "19800615", "104"),
    ];

    [Fact]
    public async Task A_dump_holds_no_seeded_or_entered_phone_or_id_number_in_clear()
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync());
        var worker = (await app.CreateAsync(1, "dump"))[0];
        const string entered = "13987654321";
        using (var client = app.Bearer(worker))
        {
            await (await client.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments",
                new EnrolRequest { TownshipCode = (await app.TownshipsAsync())[0], Phone = entered })).ReadAsync<CourseDetail>(HttpStatusCode.Created);
        }

        var dump = await app.DumpAsync();
        Assert.True(dump.Length > 100_000, "the dump holds the demo data");
        Assert.Contains("峨眉山市", dump, StringComparison.Ordinal);
        Assert.Contains("139****4321", dump, StringComparison.Ordinal);
        foreach (var value in SeededPhones.Append(entered).Concat(SeededIdNumbers))
        {
            Assert.False(dump.Contains(value, StringComparison.Ordinal), $"{value} is stored in clear");
        }
        Assert.Contains(Infrastructure.Privacy.Masking.IdNumber(SeededIdNumbers[0]), dump, StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : DatabaseDumpTests(app);

    public sealed class OnPostgres(PostgresApp app) : DatabaseDumpTests(app);
}
