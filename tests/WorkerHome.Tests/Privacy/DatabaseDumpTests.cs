using System.Net;
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

    [Fact]
    public async Task A_dump_holds_no_seeded_or_entered_phone_in_clear()
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
        foreach (var phone in SeededPhones.Append(entered))
        {
            Assert.False(dump.Contains(phone, StringComparison.Ordinal), $"{phone} is stored in clear");
        }
    }

    public sealed class OnSqlite(SqliteApp app) : DatabaseDumpTests(app);

    public sealed class OnPostgres(PostgresApp app) : DatabaseDumpTests(app);
}
