using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Background;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Features.Feedback;

/// <summary>What one invitation pass did.</summary>
/// <param name="Sessions">Sessions this node claimed and announced.</param>
/// <param name="Notified">Attendees asked to rate.</param>
/// <param name="Skipped">Due sessions another node claimed first.</param>
public sealed record InvitationReport(int Sessions, int Notified, int Skipped);

/// <summary>
/// Asks the attendees of ended sessions to rate them (请评价). Every node may run it: a session is claimed by one
/// conditional update (<c>FeedbackInvitedAt</c> from null to now), and the attendees are notified in the same
/// transaction as the claim, so only the node whose update hit the row notifies, and a failed pass leaves the session
/// unclaimed for the next. Sessions whose feedback window has closed are not announced any more.
/// </summary>
public sealed partial class FeedbackInvitations(IServiceScopeFactory scopes, TimeProvider time, IOptions<FeedbackInvitationOptions> options,
    IOptions<FeedbackOptions> feedback, IHostEnvironment environment, ILogger<FeedbackInvitations> logger) : PeriodicPass(time, logger)
{
    private readonly FeedbackInvitationOptions _options = options.Value;

    protected override bool Enabled => _options.Enabled && !environment.IsEnvironment("Testing");

    protected override TimeSpan Interval => _options.Interval;

    protected override Task RunPassAsync(CancellationToken ct) => InviteDueAsync(ct);

    /// <summary>One pass: claims up to a batch of ended, unannounced sessions and notifies their attendees.</summary>
    public async Task<InvitationReport> InviteDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = Time.GetUtcNow();
        var opened = now - feedback.Value.Window;
        var due = await db.Sessions.AsNoTracking()
            .Where(s => s.FeedbackInvitedAt == null && s.Status != SessionStatus.Cancelled && s.EndsAt <= now && s.EndsAt > opened)
            .OrderBy(s => s.EndsAt).ThenBy(s => s.Id)
            .Take(_options.BatchSize)
            .Select(s => new { s.Id, Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First() })
            .ToListAsync(ct);
        var (sessions, notified, skipped) = (0, 0, 0);
        foreach (var session in due)
        {
            var outcome = await db.InTransactionAsync<int>(async token =>
            {
                var claimed = await db.Sessions
                    .Where(s => s.Id == session.Id && s.FeedbackInvitedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.FeedbackInvitedAt, now), token);
                if (claimed == 0)
                {
                    return -1;
                }
                var attendees = await db.CheckIns.Where(c => c.SessionId == session.Id).Select(c => c.UserId).ToListAsync(token);
                notifier.Notify(attendees, "请为活动打分",
                    $"您参加的“{session.Title}”已结束，请花一分钟为内容、主讲和场地打分，您的意见是我们改进服务的第一标准。",
                    $"/me/feedback/{session.Id}");
                await db.SaveChangesAsync(token);
                return attendees.Count;
            }, ct);
            db.ChangeTracker.Clear();
            if (outcome.Value < 0)
            {
                skipped++;
            }
            else
            {
                sessions++;
                notified += outcome.Value;
            }
        }
        return new InvitationReport(sessions, notified, skipped);
    }
}
