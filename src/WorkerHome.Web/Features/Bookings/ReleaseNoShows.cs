using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Background;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>What one release pass did.</summary>
/// <param name="Released">Bookings this node released.</param>
/// <param name="Skipped">Due bookings another node (or a late check-in) took first.</param>
public sealed record ReleaseReport(int Released, int Skipped);

/// <summary>
/// Releases confirmed bookings nobody checked in to by start + grace, so the room is free for others. Every node may
/// run it: each booking is claimed by one conditional update (Confirmed → Released), and its slots are freed and the
/// booker told in the same transaction, so only the node whose update hit the row does the rest.
/// </summary>
public sealed partial class ReleaseNoShows(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReleasePassOptions> options,
    IHostEnvironment environment, ILogger<ReleaseNoShows> logger) : PeriodicPass(time, logger)
{
    private readonly ReleasePassOptions _options = options.Value;

    protected override bool Enabled => _options.Enabled && !environment.IsEnvironment("Testing");

    protected override TimeSpan Interval => _options.Interval;

    protected override Task RunPassAsync(CancellationToken ct) => ReleaseDueAsync(ct);

    /// <summary>One pass: releases up to a batch of due bookings.</summary>
    public async Task<ReleaseReport> ReleaseDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = Time.GetUtcNow();
        var due = await db.RoomBookings.AsNoTracking()
            .Where(b => b.Status == BookingStatus.Confirmed && b.ReleaseAfter < now)
            .OrderBy(b => b.ReleaseAfter).ThenBy(b => b.Id).Take(_options.BatchSize)
            .Select(b => new { b.Id, b.UserId, b.StartsAt, b.Purpose }).ToListAsync(ct);
        var (released, skipped) = (0, 0);
        foreach (var booking in due)
        {
            var outcome = await db.InTransactionAsync<bool>(async token =>
            {
                var claimed = await db.RoomBookings.Where(b => b.Id == booking.Id && b.Status == BookingStatus.Confirmed && b.ReleaseAfter < now)
                    .ExecuteUpdateAsync(b => b.SetProperty(x => x.Status, BookingStatus.Released).SetProperty(x => x.EndedAt, now), token);
                if (claimed == 0)
                {
                    return false;
                }
                await db.RoomBookingSlots.Where(s => s.BookingId == booking.Id).ExecuteDeleteAsync(token);
                notifier.Notify([booking.UserId], "场地预约已释放",
                    $"您预约的“{booking.Purpose}”（{ChinaTime.FormatDateTime(booking.StartsAt, now)}）开始后未签到，时段已释放给其他职工。", "/me/bookings");
                await db.SaveChangesAsync(token);
                return true;
            }, ct);
            db.ChangeTracker.Clear();
            if (outcome.Value)
            {
                released++;
            }
            else
            {
                skipped++;
            }
        }
        return new ReleaseReport(released, skipped);
    }
}
