using WorkerHome.Testing;

namespace WorkerHome.Tests.Membership;

/// <summary>
/// The review deadline over 国庆节: an application made on Monday 28 September 2026 counts Tue 29, Wed 30, then skips
/// 1–7 October, counts Thu 8, Fri 9 and the 调休 Saturday 10 October. A host of its own, so its clock can stand there.
/// </summary>
public abstract class MembershipHolidayDeadlineTests(TestApp app)
{
    public static readonly DateTimeOffset MondayBeforeNationalDay = new(2026, 9, 28, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_deadline_skips_the_national_day_holiday_and_counts_the_adjusted_saturday()
    {
        app.Clock.AdjustTime(MondayBeforeNationalDay);
        var worker = (await app.CreateAsync(1, "mh"))[0];
        var applied = await app.ApplyAsync(worker, MembershipTestData.Gig(await app.UnionIdAsync(MembershipTestData.Suishan)));
        Assert.Equal(new DateOnly(2026, 10, 10), applied.DueOn);
    }

    public sealed class OnSqlite(HolidaySqliteApp app) : MembershipHolidayDeadlineTests(app), IClassFixture<HolidaySqliteApp>;

    public sealed class OnPostgres(HolidayPostgresApp app) : MembershipHolidayDeadlineTests(app), IClassFixture<HolidayPostgresApp>;
}

/// <summary>An SQLite host of its own for the holiday deadline, so moving its clock touches no other test.</summary>
public sealed class HolidaySqliteApp : SqliteApp;

/// <summary>A PostgreSQL host of its own for the holiday deadline.</summary>
public sealed class HolidayPostgresApp : PostgresApp;
