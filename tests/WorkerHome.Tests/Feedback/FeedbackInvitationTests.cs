using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Feedback;

/// <summary>
/// Passes built here against the app's database with their own clock (the app's own timer does not run in the
/// Testing environment). A pass claims every due session in the shared database, so the assertions look only at the
/// sessions and attendees each test made.
/// </summary>
public abstract class FeedbackInvitationTests(TestApp app)
{
    private FeedbackInvitations Pass() => new(
        app.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
        new FakeTimeProvider(TestApp.Now),
        Options.Create(new FeedbackInvitationOptions { BatchSize = 1000 }),
        Options.Create(new FeedbackOptions()),
        app.Factory.Services.GetRequiredService<IHostEnvironment>(),
        NullLogger<FeedbackInvitations>.Instance);

    private Task<Dictionary<Guid, int>> InvitationsAsync(Session session, IEnumerable<TestWorker> workers)
    {
        var ids = workers.Select(w => w.Id).ToList();
        var link = $"/me/feedback/{session.Id}";
        return app.DbAsync(db => db.Notifications.Where(n => ids.Contains(n.UserId) && n.Link == link)
            .GroupBy(n => n.UserId).ToDictionaryAsync(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task Every_attendee_of_an_ended_session_is_asked_once_and_a_second_pass_asks_nobody_again()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var attendees = await app.AttendeesAsync(session, 3);

        await Pass().InviteDueAsync(CancellationToken.None);
        await Pass().InviteDueAsync(CancellationToken.None);

        var invited = await InvitationsAsync(session, attendees);
        Assert.Equal(attendees.Select(a => a.Id).Order(), invited.Keys.Order());
        Assert.All(invited.Values, count => Assert.Equal(1, count));
        Assert.Equal(TestApp.Now, (await app.ReloadAsync(session)).FeedbackInvitedAt);
    }

    [Fact]
    public async Task Running_sessions_closed_windows_and_cancelled_sessions_are_not_announced()
    {
        var item = await app.PublishedItemAsync();
        var running = await app.EndedSessionAsync(item, endedAgo: TimeSpan.FromMinutes(-10));
        var old = await app.EndedSessionAsync(item, endedAgo: TimeSpan.FromDays(15));
        var cancelled = await app.EndedSessionAsync(item);
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == cancelled.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled)));
        var people = new List<TestWorker>();
        foreach (var session in new[] { running, old, cancelled })
        {
            people.AddRange(await app.AttendeesAsync(session));
        }

        await Pass().InviteDueAsync(CancellationToken.None);

        foreach (var session in new[] { running, old, cancelled })
        {
            Assert.Null((await app.ReloadAsync(session)).FeedbackInvitedAt);
            Assert.Empty(await InvitationsAsync(session, people));
        }
    }

    [Fact]
    public async Task Two_passes_at_once_announce_each_session_once()
    {
        var item = await app.PublishedItemAsync();
        var sessions = new List<Session>();
        var attendees = new Dictionary<int, IReadOnlyList<TestWorker>>();
        for (var i = 0; i < 4; i++)
        {
            var session = await app.EndedSessionAsync(item, endedAgo: TimeSpan.FromHours(i + 1));
            sessions.Add(session);
            attendees[session.Id] = await app.AttendeesAsync(session, 2);
        }

        var (first, second) = (Pass(), Pass());
        await Task.WhenAll(Task.Run(() => first.InviteDueAsync(CancellationToken.None)), Task.Run(() => second.InviteDueAsync(CancellationToken.None)));

        foreach (var session in sessions)
        {
            var invited = await InvitationsAsync(session, attendees[session.Id]);
            Assert.Equal(2, invited.Count);
            Assert.All(invited.Values, count => Assert.Equal(1, count));
        }
    }

    public sealed class OnSqlite(SqliteApp app) : FeedbackInvitationTests(app);

    public sealed class OnPostgres(PostgresApp app) : FeedbackInvitationTests(app);
}
